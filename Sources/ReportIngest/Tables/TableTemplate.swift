/// The two table templates (format.md §2–3).
enum TableTemplate: String, Sendable {
    case y2019 = "2019"
    case y2021 = "2021"
}
