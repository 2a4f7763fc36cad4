import ReportModel

/// Writes a table's `tables.*` status and the warnings that go with it.
enum TableStatusWriter {
    static func write(
        _ table: TableKind, reading: TableReading, found: LocatedTables, into record: inout ReportRecord
    ) {
        let status: TableStatus
        var line = reading.line
        if let read = reading.status {
            status = read
        } else if let imageLine = found.imageLine[table] {
            status = .image
            line = imageLine
            record.warn("\(table.title) is an image; its figures are null")
        } else {
            status = .absent
            record.warn("\(table.title) is absent; its figures are null")
        }
        record.set(FieldCatalog.standard.id(table.statusField), .text(status.rawValue), line: line, origin: .table)
    }

    /// "a, b, c" for a warning, or "only x, y printed" when most rows are missing.
    static func describeMissing(_ missing: [String], printed: [String]) -> String {
        if missing.count <= 5 || printed.isEmpty { return "missing " + missing.joined(separator: ", ") }
        return "only " + printed.joined(separator: ", ") + " printed (\(missing.count) rows missing)"
    }
}
