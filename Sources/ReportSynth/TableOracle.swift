import ReportModel

/// The values a correct reader gets from a report's printed tables, worked out from what the generator
/// printed (not from the parser): the printed figures, `tables.*`, the derived fields and the checks.
///
/// The reading rules it encodes (fields.md, format.md): a blank cell is null; a row of blanks reads as
/// not printed; in PDF-flowed text a blank cell leaves the row short, so the row is null; a table missing
/// a row, or with a row that cannot be read, is `partial`.
struct TableOracle {
    private(set) var values: [FieldID: Value] = [:]
    private(set) var glued = GluedRowCounts()
    private let catalog = FieldCatalog.standard

    /// - Parameter glued: the tables are printed as glued web text; `GluedOracle` decides which rows read.
    init(proactive: TablePresentation, requests: TablePresentation, review: TablePresentation,
         requestRows: [RequestRow], flowed: Bool, glued: Bool = false) {
        var counts = GluedRowCounts()
        func readable(_ table: TablePresentation, _ oracle: (SynthTable) -> GluedOracle) -> [Int: [Value]]? {
            guard glued, case .text(let t) = table else { return nil }
            let reading = oracle(t)
            counts = counts + reading.counts
            return reading.rows
        }
        read(proactive, required: 6, status: "tables.proactive", flowed: flowed,
             glued: readable(proactive) { GluedOracle(proactive: $0) })
        read(requests, required: requestRows.count, status: "tables.requests", flowed: flowed,
             glued: readable(requests) { GluedOracle(requests: $0, printedRows: requestRows) })
        read(review, required: 1, status: "tables.review", flowed: flowed, glued: readable(review) { GluedOracle(review: $0) })
        self.glued = counts
        deriveRows(singleOtherHandling: requestRows.contains(.otherHandling))
        deriveRates()
        checks(requestRows: requestRows)
    }

    /// - Parameter glued: for glued web text, the values of the rows a reader can split (by row index).
    private mutating func read(
        _ table: TablePresentation, required: Int, status: String, flowed: Bool, glued: [Int: [Value]]?
    ) {
        let id = catalog.id(status)
        switch table {
        case .image: values[id] = .text("image")
        case .absent: values[id] = .text("absent")
        case .text(let t):
            var complete = 0
            var figures = 0
            for (i, row) in t.rows.enumerated() where !row.isHeader && !row.isAllBlank {
                if flowed, row.hasBlank, row.cells.contains(where: { $0.field != nil }) { continue }
                if let glued {
                    guard let read = glued[i] else { continue }
                    for (cell, value) in zip(row.cells, read) {
                        if let field = cell.field, value != .null { values[field] = value; figures += 1 }
                    }
                } else {
                    for cell in row.cells where !cell.isBlank {
                        if let field = cell.field { values[field] = cell.value; figures += 1 }
                    }
                }
                if row.required { complete += 1 }
            }
            // Not one figure read: the table is there but `unread`.
            values[id] = .text(complete == required ? "text" : (figures == 0 ? "unread" : "partial"))
        }
    }

    private func int(_ id: FieldID) -> Int? { values[id]?.intValue }

    private func cell(_ row: RequestRow, _ column: ApplicantColumn) -> Int? { int(catalog.requests(row, column)) }

    private static func add(_ parts: [Int?]) -> Int? {
        parts.contains { $0 == nil } ? nil : parts.reduce(0) { $0 + $1! }
    }

    private mutating func put(_ id: FieldID, _ value: Int?) {
        if let value { values[id] = .integer(value) }
    }

    private mutating func deriveRows(singleOtherHandling: Bool) {
        let groups: [RequestRow] = singleOtherHandling ? [.denied, .unavailable, .notProcessed]
            : [.denied, .unavailable, .notProcessed, .otherHandling]
        for column in ApplicantColumn.printed {
            for group in groups {
                put(catalog.requests(group, column), Self.add(group.children.map { cell($0, column) }))
            }
            put(catalog.requests(.received, column), Self.add([cell(.new, column), cell(.carriedIn, column)]))
        }
        for row in RequestRow.allCases {
            put(catalog.requests(row, .org), Self.add(ApplicantColumn.organisations.map { cell(row, $0) }))
        }
        for outcome in ReviewOutcome.allCases {
            let parts = [ReviewBlock.litigationDirect, .litigationAfterReview].map { int(catalog.review($0, outcome)) }
            put(catalog.review(.litigation, outcome), Self.add(parts))
        }
    }

    private mutating func deriveRates() {
        func share(_ part: Int?, _ whole: Int?) -> Value? {
            guard let part, let whole, whole > 0 else { return nil }
            return .decimal(Double(part) / Double(whole))
        }
        let processed = cell(.processed, .total)
        values[catalog.id("rate.granted")] = share(cell(.granted, .total), processed)
        values[catalog.id("rate.disclosed")] = share(Self.add([cell(.granted, .total), cell(.partial, .total)]), processed)
        for (block, name) in [(ReviewBlock.review, "review.correction_rate"), (.litigation, "litigation.correction_rate")] {
            let total = int(catalog.review(block, .total))
            let pending = int(catalog.review(block, .pending))
            let concluded = Self.add([total, pending.map { -$0 }])
            values[catalog.id(name)] = share(int(catalog.review(block, .corrected)), concluded)
        }
    }

    /// Each check: nil when nothing could be checked, else whether every checkable case holds.
    private mutating func checks(requestRows: [RequestRow]) {
        let columns = ApplicantColumn.printed
        let outcomes = requestRows.filter { ![.new, .carriedIn, .processed, .carriedOut].contains($0) }
        let balance: [Bool] = columns.compactMap { c in
            guard let a = Self.add([cell(.new, c), cell(.carriedIn, c)]),
                  let b = Self.add([cell(.processed, c), cell(.carriedOut, c)]) else { return nil }
            return a == b
        }
        let rows: [Bool] = requestRows.compactMap { r in
            guard let six = Self.add(ApplicantColumn.applicants.map { cell(r, $0) }), let total = cell(r, .total) else { return nil }
            return six == total
        }
        let processed: [Bool] = columns.compactMap { c in
            guard let total = cell(.processed, c), let parts = Self.add(outcomes.map { cell($0, c) }) else { return nil }
            return total == parts
        }
        let review: [Bool] = ReviewBlock.printed.compactMap { b in
            let cells = ReviewOutcome.allCases.map { int(catalog.review(b, $0)) }
            guard let parts = Self.add(Array(cells.prefix(4))), let total = cells[4] else { return nil }
            return parts == total
        }
        var made: [Bool] = []
        for (name, results) in [("check.balance", balance), ("check.rows", rows), ("check.processed", processed),
                                ("check.review", review)] where !results.isEmpty {
            let holds = !results.contains(false)
            values[catalog.id(name)] = .bool(holds)
            made.append(holds)
        }
        if !made.isEmpty { values[catalog.id("check.ok")] = .bool(!made.contains(false)) }
    }
}
