import ReportModel

/// Puts table 二's two readings together, as `RequestReconciler` does for table 三: rows only the sequence
/// reading (`StreamProactiveRows`) found are added, rows the two readings disagree on are left null. The
/// template (and so each row's number of cells) is the one the row-by-row reader decided; without it
/// nothing is added. Table 二 has no sums, so a row read as a sequence is kept when its count is exact.
enum ProactiveReconciler {
    private static let catalog = FieldCatalog.standard

    static func reconcile(
        _ reading: TableReading, found: LocatedTables, lines: [SourceLine], warningsFrom: Int,
        into record: inout ReportRecord
    ) -> TableReading {
        let headings = found.proactiveHeadings
        guard let template = reading.template ?? (headings.count == 1 ? headings.first?.key : nil),
              let stream = TableStream(.proactive, found: found, lines: lines, sawLabel: { TableRowKeys.proactive.match($0) != nil })
        else { return reading }
        let sequence = StreamProactiveRows(stream) { ProactiveTableReader.columns($0, template).count }
        var reading = reading
        var added: [ProactiveRow] = []
        var nulled: [ProactiveRow] = []
        var notes: [String] = []
        for row in ProactiveRow.allCases {
            let columns = ProactiveTableReader.columns(row, template)
            guard columns.contains(where: { $0 != nil }) else { continue }
            let read = columns.compactMap { $0 }.map { record[catalog.proactive($0)] }
            if reading.proactiveRows.contains(row), let around = sequence.numbers[row],
               !Self.agrees(read, columns: columns, around: around) {
                for case let item? in columns { record.set(catalog.proactive(item), .null, line: 0, origin: .table) }
                nulled.append(row)
                notes.append("table 二 row \(row.label): read row by row as \(show(read)), but the figures around its label are \(around.map(String.init).joined(separator: " ")); left null")
                continue
            }
            guard let cells = sequence.rows[row] else { continue }
            var values: [(ProactiveItem, Value, Int)] = []
            var readable = true
            for (i, item) in columns.enumerated() {
                guard let item else { continue }
                let cell = GridCell(kind: cells.kinds[i], line: cells.lines[i])
                switch item == .fees ? CellReading.amount(cell) : CellReading.count(cell) {
                case .value(let v): values.append((item, v, cell.line))
                case .blank: values.append((item, .null, cell.line))
                case .unreadable, .outOfRange: readable = false
                }
            }
            guard readable else { continue }
            if reading.proactiveRows.contains(row) {
                let printed = values.map { record[catalog.proactive($0.0)] }
                if printed != values.map(\.1) {
                    for (item, _, _) in values { record.set(catalog.proactive(item), .null, line: 0, origin: .table) }
                    nulled.append(row)
                    notes.append("table 二 row \(row.label): read row by row as \(show(printed)), as a sequence of labels and figures as \(show(values.map(\.1))); left null")
                }
            } else {
                for (item, value, line) in values { record.set(catalog.proactive(item), value, line: line, origin: .table) }
                added.append(row)
            }
        }
        guard !added.isEmpty || !nulled.isEmpty else { return reading }
        if reading.template == nil {
            reading.template = template
            reading.templateLine = headings[template] ?? 0
        }
        if reading.line == 0 { reading.line = found.firstLine[.proactive] ?? stream.firstLine }
        let read = reading.proactiveRows.union(added).subtracting(nulled)
        reading.proactiveRows = read
        let missing = ProactiveRow.expected.filter { !read.contains($0) }
        reading.status = missing.isEmpty ? .text : .partial
        let warnings = ReconciledWarnings(
            table: .proactive, added: added.map(\.label), addedLines: added.compactMap { sequence.rows[$0]?.lines }.flatMap { $0 },
            notes: notes, staleWhenAdded: ["table 二: row '"])
        warnings.write(from: warningsFrom, expected: ProactiveRow.expected.map(\.label), missing: missing.map(\.label),
                       into: &record)
        return reading
    }

    /// The figures read row by row are the numbers printed around the label, in order (the columns the
    /// model does not keep take any number; amounts compare as printed).
    private static func agrees(_ read: [Value], columns: [ProactiveItem?], around: [Int]) -> Bool {
        if columns.contains(where: { $0 == nil }) || columns.contains(.fees) {
            return around.count <= columns.count && read.compactMap(\.doubleValue).count <= around.count
                || around.isEmpty
        }
        return around == read.compactMap(\.intValue)
    }

    private static func show(_ values: [Value]) -> String {
        values.map { $0.isNull ? "·" : "\($0)" }.joined(separator: " ")
    }
}
