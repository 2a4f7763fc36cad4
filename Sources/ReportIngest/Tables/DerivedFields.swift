import ReportModel

/// The derived figures of fields.md, computed on a copy of the record.
struct DerivedFields {
    var record: ReportRecord
    private let catalog = FieldCatalog.standard

    init(record: ReportRecord) { self.record = record }

    func int(_ id: FieldID) -> Int? { record[id].intValue }

    private mutating func derive(_ id: FieldID, _ value: Value) {
        record.set(id, value, line: 0, origin: .derived)
    }

    /// The sum of all `ids`, or nil when one is null.
    func sum(_ ids: [FieldID]) -> Int? {
        var total = 0
        for id in ids {
            guard let v = int(id) else { return nil }
            total += v
        }
        return total
    }

    /// （三）–（六）: the sum of their sub-rows, column by column; a figure read from the table (the single
    /// （六） row of 2019 reports) is kept.
    mutating func sumGroupRows() {
        for group in [RequestRow.denied, .unavailable, .notProcessed, .otherHandling] {
            for column in ApplicantColumn.printed {
                let id = catalog.requests(group, column)
                if record.source(of: id)?.origin == .table { continue }
                let total = sum(group.children.map { catalog.requests($0, column) })
                derive(id, total.map(Value.integer) ?? .null)
            }
        }
    }

    /// 本年收到 = 一 + 二, column by column.
    mutating func sumReceived() {
        for column in ApplicantColumn.printed {
            let total = sum(RequestRow.received.children.map { catalog.requests($0, column) })
            derive(catalog.requests(.received, column), total.map(Value.integer) ?? .null)
        }
    }

    /// 法人或其他组织 = the five organisation columns, for every row.
    mutating func sumOrganisations() {
        for row in RequestRow.allCases {
            let total = sum(ApplicantColumn.organisations.map { catalog.requests(row, $0) })
            derive(catalog.requests(row, .org), total.map(Value.integer) ?? .null)
        }
    }

    /// 行政诉讼 = 未经复议直接起诉 + 复议后起诉, outcome by outcome.
    mutating func sumLitigation() {
        for outcome in ReviewOutcome.allCases {
            let total = sum([catalog.review(.litigationDirect, outcome), catalog.review(.litigationAfterReview, outcome)])
            derive(catalog.review(.litigation, outcome), total.map(Value.integer) ?? .null)
        }
    }

    /// 予以公开率, 公开比例 and the two correction rates; null where the denominator is 0 or null (or
    /// negative, which only inconsistent figures give).
    mutating func rates() {
        let processed = int(catalog.requests(.processed, .total))
        let granted = int(catalog.requests(.granted, .total))
        let partial = int(catalog.requests(.partial, .total))
        derive(catalog.id("rate.granted"), ratio(granted, processed))
        derive(catalog.id("rate.disclosed"), ratio(granted.flatMap { g in partial.map { g + $0 } }, processed))
        for (block, name) in [(ReviewBlock.review, "review.correction_rate"), (.litigation, "litigation.correction_rate")] {
            let corrected = int(catalog.review(block, .corrected))
            let total = int(catalog.review(block, .total))
            let pending = int(catalog.review(block, .pending))
            let concluded = total.flatMap { t in pending.map { t - $0 } }
            derive(catalog.id(name), ratio(corrected, concluded))
        }
    }

    private func ratio(_ numerator: Int?, _ denominator: Int?) -> Value {
        guard let numerator, let denominator, denominator > 0 else { return .null }
        return .decimal(Double(numerator) / Double(denominator))
    }
}
