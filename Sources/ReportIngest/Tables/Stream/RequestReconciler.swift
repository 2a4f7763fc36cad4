import ReportModel

/// Puts table 三's readings together: the row-by-row reading already in the record
/// (`RequestTableReader`), the sequence reading of the table's lines (`StreamRequestRows`) and the
/// rows of figures in the template's order (`OrderedRequestRows`), then applies `SumGuard`. Rows only the
/// sequence or the ordered reading found are added; rows the readings disagree on are left null; the
/// status and the warnings are rewritten when anything changed.
enum RequestReconciler {
    private static let catalog = FieldCatalog.standard

    /// - Parameter warningsFrom: the number of warnings before the row-by-row reader ran (its warnings
    ///   about rows the sequence reading then read are dropped).
    static func reconcile(
        _ reading: TableReading, found: LocatedTables, grid: [GridRow], lines: [SourceLine], warningsFrom: Int,
        into record: inout ReportRecord
    ) -> TableReading {
        guard let stream = TableStream(.requests, found: found, lines: lines, sawLabel: { TableRowKeys.requests.match($0) != nil })
        else { return reading }
        let sequence = StreamRequestRows(stream)
        if let a = reading.template, let b = sequence.template, a != b { return reading }
        let template = reading.template ?? sequence.template
        let expected = template == .y2019 ? RequestTableReader.singleOtherHandling : RequestRow.printed
        let ordered = OrderedRequestRows(grid: grid, spans: found.spans[.requests] ?? [], lines: lines, expected: expected)

        var reading = reading
        var added: [RequestRow] = []
        var uncertain = Set<RequestRow>()
        var notes: [String] = []
        var nulled = Set<RequestRow>()
        for row in expected {
            let byRow = reading.requestRows.contains(row)
            let verdict = RequestRowVerdict.judge(
                row, printed: byRow ? values(row, record) : nil, fromPieces: found.requests[row]?.fromPieces == true,
                sequence: sequence, ordered: ordered)
            switch verdict {
            case .keep(let isUncertain):
                if isUncertain { uncertain.insert(row) }
            case .null(let note):
                if byRow { clear(row, in: &record) }
                nulled.insert(row)
                notes.append(note)
            case .take(let cells, let note):
                for (i, column) in ApplicantColumn.printed.enumerated() {
                    record.set(catalog.requests(row, column), cells.values[i], line: cells.lines[i], origin: .table)
                }
                if let note { notes.append(note) }
                added.append(row)
                uncertain.insert(row)
            case .unread:
                continue
            }
        }
        let subtotals = sequence.subtotals.mapValues(\.values)
        for (row, reason) in SumGuard.rowsToNull(uncertain: uncertain, template: template, subtotals: subtotals, record: record) {
            clear(row, in: &record)
            nulled.insert(row)
            notes.append("table 三 row \(row.label): read from pieces, and \(reason); left null")
        }
        guard !added.isEmpty || !nulled.isEmpty else { return reading }

        let read = reading.requestRows.union(added).subtracting(nulled)
        reading.requestRows = read
        let missing = expected.filter { !read.contains($0) }
        reading.status = missing.isEmpty ? .text : .partial
        let kept = added.filter { !nulled.contains($0) }
        let warnings = ReconciledWarnings(
            table: .requests, added: kept.map(\.label), addedLines: kept.compactMap { (sequence.rows[$0] ?? ordered.rows[$0])?.lines }.flatMap { $0 },
            notes: notes)
        warnings.write(from: warningsFrom, expected: expected.map(\.label), missing: missing.map(\.label), into: &record)
        if reading.template == nil, let template = sequence.template {
            reading.template = template
            reading.templateLine = RequestRow.otherHandling.children.compactMap { sequence.rows[$0]?.lines.first }.min()
                ?? sequence.rows[.otherHandling]?.lines.first ?? 0
        }
        if reading.line == 0 { reading.line = found.firstLine[.requests] ?? stream.firstLine }
        return reading
    }

    private static func values(_ row: RequestRow, _ record: ReportRecord) -> [Value] {
        ApplicantColumn.printed.map { record[catalog.requests(row, $0)] }
    }

    private static func clear(_ row: RequestRow, in record: inout ReportRecord) {
        for column in ApplicantColumn.printed { record.set(catalog.requests(row, column), .null, line: 0, origin: .table) }
    }
}
