/// The official sums of the template (format.md §3, §4) applied to a report's hand-typed labels, so that
/// a typing slip in a label shows up as a broken sum. Where the report itself prints figures that break a
/// sum, the break is listed in `RealReportSetTests.printedInconsistencies` and in SOURCES.md.
/// A sum with a null term is not checked.
enum RealLabelSums {
    static let columns = ["natural", "business", "research", "ngo", "legal_service", "other_org", "total"]
    static let outcomes2021 = [
        "granted", "partial",
        "denied.state_secret", "denied.law_forbidden", "denied.security", "denied.third_party",
        "denied.internal", "denied.process", "denied.enforcement_file", "denied.inquiry",
        "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
        "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
        "not_processed.excessive", "not_processed.confirm",
        "other_handling.no_correction", "other_handling.no_fee", "other_handling.misc",
    ]
    /// 2019 template: （六）其他处理 is one row.
    static let outcomes2019 = outcomes2021.filter { !$0.hasPrefix("other_handling.") } + ["other_handling"]
    static let blocks = ["review", "litigation.direct", "litigation.after_review"]

    /// Each broken sum as `check: terms = sum, printed total`, e.g. `balance.total: 3+0 != 2+0`.
    static func breaks(_ labels: [String: RealReportSet.Label]) -> [String] {
        func number(_ field: String) -> Double? {
            if case .number(let n)? = labels[field] { return n }
            return nil
        }
        func show(_ x: Double) -> String { RealReportSet.Label.number(x).description }
        var breaks: [String] = []
        let outcomes = labels.keys.contains { $0.hasPrefix("requests.other_handling.misc") } ? outcomes2021 : outcomes2019
        let rows = ["new", "carried_in"] + outcomes + ["processed", "carried_out"]
        for row in rows {
            let parts = columns.dropLast().map { number("requests.\(row).\($0)") }
            if let total = number("requests.\(row).total"), !parts.contains(nil) {
                let sum = parts.reduce(0) { $0 + $1! }
                if sum != total { breaks.append("row \(row): applicants \(show(sum)) != total \(show(total))") }
            }
        }
        for column in columns {
            let terms = outcomes.map { number("requests.\($0).\(column)") }
            let processed = number("requests.processed.\(column)")
            if let processed, !terms.contains(nil) {
                let sum = terms.reduce(0) { $0 + $1! }
                if sum != processed { breaks.append("processed.\(column): outcomes \(show(sum)) != \(show(processed))") }
            }
            if let new = number("requests.new.\(column)"), let carriedIn = number("requests.carried_in.\(column)"),
               let processed, let carriedOut = number("requests.carried_out.\(column)"), new + carriedIn != processed + carriedOut {
                breaks.append("balance.\(column): \(show(new))+\(show(carriedIn)) != \(show(processed))+\(show(carriedOut))")
            }
        }
        for block in blocks {
            let terms = ["upheld", "corrected", "other", "pending"].map { number("\(block).\($0)") }
            if let total = number("\(block).total"), !terms.contains(nil) {
                let sum = terms.reduce(0) { $0 + $1! }
                if sum != total { breaks.append("\(block): outcomes \(show(sum)) != total \(show(total))") }
            }
        }
        return breaks
    }
}
