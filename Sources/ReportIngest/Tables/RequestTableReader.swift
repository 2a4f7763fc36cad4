import ReportModel

/// Reads table 三 (收到和处理政府信息公开申请情况) from its located rows into `requests.<row>.<column>`.
///
/// Every row has seven cells (six applicant columns and 总计). A row whose cells cannot be fitted to seven,
/// or that holds a cell which is not a count, stays null with a warning. The 2019 template shows itself by a
/// single （六）其他处理 row carrying figures, read into `requests.other_handling.*`; figures printed on the
/// group rows （三）–（六） of a 2021 table are subtotals and are left to the derivation.
enum RequestTableReader {
    static let singleOtherHandling: [RequestRow] = RequestRow.printed.filter { !RequestRow.otherHandling.children.contains($0) }
        + [.otherHandling]

    static func read(_ found: LocatedTables, into record: inout ReportRecord) -> TableReading {
        var reading = TableReading()
        let rows = found.requests
        guard !rows.isEmpty else { return reading }
        reading.line = found.firstLine[.requests] ?? rows.values.map(\.line).min() ?? 0
        let hasSubRows = RequestRow.otherHandling.children.contains { rows[$0] != nil }
        var expected = RequestRow.printed
        if hasSubRows {
            reading.template = .y2021
            reading.templateLine = RequestRow.otherHandling.children.compactMap { rows[$0]?.line }.min() ?? 0
        } else if let single = rows[.otherHandling] {
            reading.template = .y2019
            reading.templateLine = single.line
            expected = singleOtherHandling
        }
        var unreadable = false
        var blanks = 0
        let width = ApplicantColumn.printed.count
        let dataColumns = GridRow.dataColumns(expected.compactMap { rows[$0].map { ($0.cells, width, $0.columns) } })
        var runs: [RequestRow: GluedRun] = [:]
        for row in expected {
            guard let matched = rows[row] else { continue }
            if let run = GridRow.glued(matched.cells)?.gluedRun {
                runs[row] = run
            } else if read(matched, row: row, dataColumn: dataColumns[matched.columns], blanks: &blanks, into: &record) {
                reading.requestRows.insert(row)
            } else {
                unreadable = true
            }
        }
        if !runs.isEmpty, !readGlued(runs, rows: rows, expected: expected, blanks: &blanks, read: &reading.requestRows,
                                     into: &record) {
            unreadable = true
        }
        RowReader.warnBlanks(blanks, table: .requests, record: &record)
        let missing = expected.filter { rows[$0] == nil }
        if !missing.isEmpty {
            let printed = expected.filter { rows[$0] != nil }.map(\.label)
            record.warn("table 三 is partial: "
                + TableStatusWriter.describeMissing(missing.map(\.label), printed: printed))
        }
        reading.status = missing.isEmpty && !unreadable ? .text : .partial
        return reading
    }

    /// Web text: the glued rows split together (`GluedRequestRows`), with the rows already read as the
    /// known cells. False when one is left null.
    private static func readGlued(
        _ runs: [RequestRow: GluedRun], rows: [RequestRow: MatchedRow], expected: [RequestRow], blanks: inout Int,
        read readRows: inout Set<RequestRow>, into record: inout ReportRecord
    ) -> Bool {
        let catalog = FieldCatalog.standard
        var known: [RequestRow: [Int?]] = [:]
        for row in expected where rows[row] != nil && runs[row] == nil {
            known[row] = ApplicantColumn.printed.map { record[catalog.requests(row, $0)].intValue }
        }
        let outcomes = expected.filter { ![.new, .carriedIn, .processed, .carriedOut].contains($0) }
        let glued = GluedRequestRows(runs: runs, known: known, outcomes: outcomes)
        var complete = true
        for row in expected {
            guard let line = rows[row]?.line, runs[row] != nil else { continue }
            if let cells = glued.values[row] {
                let matched = MatchedRow(cells: cells.map { GridCell(kind: .number(.integer($0)), line: line) }, line: line)
                let done = read(matched, row: row, dataColumn: nil, blanks: &blanks, into: &record)
                if done { readRows.insert(row) }
                complete = done && complete
            } else {
                record.warn("requests.\(row.name) (line \(line)): \(glued.problems[row] ?? "left null")")
                complete = false
            }
        }
        return complete
    }

    private static func read(
        _ matched: MatchedRow, row: RequestRow, dataColumn: Int?, blanks: inout Int, into record: inout ReportRecord
    ) -> Bool {
        let columns = ApplicantColumn.printed
        guard let values = RowReader.read(
            matched, width: columns.count, dataColumn: dataColumn, name: "table 三 row \(row.label)", blanks: &blanks,
            record: &record, parse: { _, cell in CellReading.count(cell) }
        ) else { return false }
        let catalog = FieldCatalog.standard
        for cell in values {
            record.set(catalog.requests(row, columns[cell.column]), cell.value, line: cell.line, origin: .table)
        }
        return true
    }
}
