/// The three tables of a report, by the section that holds them.
enum TableKind: Int, Sendable, CaseIterable {
    case proactive = 2, requests = 3, review = 4

    /// "table 二" …, for warnings.
    var title: String {
        switch self {
        case .proactive: return "table 二"
        case .requests: return "table 三"
        case .review: return "table 四"
        }
    }

    var statusField: String {
        switch self {
        case .proactive: return "tables.proactive"
        case .requests: return "tables.requests"
        case .review: return "tables.review"
        }
    }
}
