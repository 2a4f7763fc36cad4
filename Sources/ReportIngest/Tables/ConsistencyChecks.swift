import ReportModel

/// The checks of fields.md (`check.*`), each over the cells it can check: a check is null when no cell
/// set could be checked, false (with a warning naming where) when one fails.
enum ConsistencyChecks {
    static func apply(to record: inout ReportRecord) {
        let results = [
            ("check.balance", balance(record)),
            ("check.rows", rows(record)),
            ("check.processed", processed(record)),
            ("check.review", review(record)),
        ]
        let catalog = FieldCatalog.standard
        var made: [Bool] = []
        for (name, result) in results {
            if let result {
                made.append(result.failures.isEmpty)
                if !result.failures.isEmpty {
                    record.warn("\(name) fails: " + result.failures.joined(separator: ", "))
                }
            }
            let value: Value = result.map { .bool($0.failures.isEmpty) } ?? .null
            record.set(catalog.id(name), value, line: 0, origin: .derived)
        }
        let ok: Value = made.isEmpty ? .null : .bool(!made.contains(false))
        record.set(catalog.id("check.ok"), ok, line: 0, origin: .derived)
    }

    /// What one check found: where it failed (empty: it holds).
    struct Result {
        var failures: [String] = []
    }

    private static let catalog = FieldCatalog.standard

    private static func value(_ record: ReportRecord, _ row: RequestRow, _ column: ApplicantColumn) -> Int? {
        record[catalog.requests(row, column)].intValue
    }

    /// Adds the values of `rows` in `column`; nil when one is null.
    private static func sum(_ record: ReportRecord, _ rows: [RequestRow], _ column: ApplicantColumn) -> Int? {
        var total = 0
        for row in rows {
            guard let v = value(record, row, column) else { return nil }
            total += v
        }
        return total
    }

    /// The 2019 template: （六）其他处理 read from the table as one row, its sub-rows not printed.
    static func readsSingleOtherHandling(_ record: ReportRecord) -> Bool {
        let columns = ApplicantColumn.printed
        return columns.contains { record.source(of: catalog.requests(.otherHandling, $0))?.origin == .table }
            && RequestRow.otherHandling.children.allSatisfy { row in
                columns.allSatisfy { record[catalog.requests(row, $0)].isNull }
            }
    }

    /// 勾稽关系, per column: 一 + 二 = 三（七）+ 四.
    static func balance(_ record: ReportRecord) -> Result? {
        var result: Result?
        for column in ApplicantColumn.printed {
            guard let received = sum(record, [.new, .carriedIn], column),
                  let handled = sum(record, [.processed, .carriedOut], column) else { continue }
            if result == nil { result = Result() }
            if received != handled { result!.failures.append("\(column.name): 一+二=\(received), 三+四=\(handled)") }
        }
        return result
    }

    /// Per printed row with all seven cells: the six applicant columns add up to 总计.
    static func rows(_ record: ReportRecord) -> Result? {
        var result: Result?
        let rows = RequestRow.printed + [.otherHandling]
        let single = readsSingleOtherHandling(record)
        for row in rows {
            if row == .otherHandling, !single { continue }
            guard let applicants = sum(record, [row], ApplicantColumn.applicants),
                  let total = value(record, row, .total) else { continue }
            if result == nil { result = Result() }
            if applicants != total { result!.failures.append("\(row.name): \(applicants)≠\(total)") }
        }
        return result
    }

    /// Per column: （七）总计 = the sum of the outcome rows (the single （六） row in 2019 reports).
    static func processed(_ record: ReportRecord) -> Result? {
        let outcomes = readsSingleOtherHandling(record)
            ? RequestRow.outcomes.filter { !RequestRow.otherHandling.children.contains($0) } + [.otherHandling]
            : RequestRow.outcomes
        var result: Result?
        for column in ApplicantColumn.printed {
            guard let total = value(record, .processed, column), let parts = sum(record, outcomes, column) else { continue }
            if result == nil { result = Result() }
            if total != parts { result!.failures.append("\(column.name): （七）=\(total), Σ=\(parts)") }
        }
        return result
    }

    /// Per block of table 四 with all five cells: 维持 + 纠正 + 其他 + 尚未审结 = 总计.
    static func review(_ record: ReportRecord) -> Result? {
        var result: Result?
        for block in ReviewBlock.printed {
            let parts = [ReviewOutcome.upheld, .corrected, .other, .pending].map { record[catalog.review(block, $0)].intValue }
            guard let total = record[catalog.review(block, .total)].intValue, !parts.contains(nil) else { continue }
            let sum = parts.reduce(0) { $0 + $1! }
            if result == nil { result = Result() }
            if sum != total { result!.failures.append("\(block.name): \(sum)≠\(total)") }
        }
        return result
    }
}

private extension ConsistencyChecks {
    /// The applicant columns of one row, summed.
    static func sum(_ record: ReportRecord, _ rows: [RequestRow], _ columns: [ApplicantColumn]) -> Int? {
        var total = 0
        for column in columns {
            guard let v = sum(record, rows, column) else { return nil }
            total += v
        }
        return total
    }
}
