/// The rows of table 二 as printed (2021 and 2019 templates; the last two exist only in 2019).
enum ProactiveRow: Int, Sendable, CaseIterable {
    case rules, normative, license, penalty, coercion, fees
    case otherServices, procurement

    /// The rows both templates print, whose absence makes the table partial.
    static let expected: [ProactiveRow] = [.rules, .normative, .license, .penalty, .coercion, .fees]

    var label: String {
        switch self {
        case .rules: return "规章"
        case .normative: return "行政规范性文件"
        case .license: return "行政许可"
        case .penalty: return "行政处罚"
        case .coercion: return "行政强制"
        case .fees: return "行政事业性收费"
        case .otherServices: return "其他对外管理服务事项"
        case .procurement: return "政府集中采购"
        }
    }
}
