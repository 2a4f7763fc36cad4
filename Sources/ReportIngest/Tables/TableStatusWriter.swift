import ReportModel

/// Writes a table's `tables.*` status and the warnings that go with it.
enum TableStatusWriter {
    static func write(
        _ table: TableKind, reading: TableReading, found: LocatedTables, into record: inout ReportRecord
    ) {
        let status: TableStatus
        var line = reading.line
        if let read = reading.status, read == .partial, !hasFigure(table, record) {
            status = .unread
            record.warn("\(table.title) is there but none of its figures could be read; its figures are null")
        } else if let read = reading.status {
            status = read
        } else if let imageLine = found.imageLine[table] {
            status = .image
            line = imageLine
            record.warn("\(table.title) is an image; its figures are null")
        } else if let seen = found.seenLine[table] {
            status = .unread
            line = seen
            record.warn("\(table.title) is there (line \(seen)) but no row of it could be read; its figures are null")
        } else {
            status = .absent
            record.warn("\(table.title) is absent; its figures are null")
        }
        record.set(FieldCatalog.standard.id(table.statusField), .text(status.rawValue), line: line, origin: .table)
    }

    private static let figureFields: [TableKind: [FieldID]] = {
        let catalog = FieldCatalog.standard
        let review = catalog.fields(under: "review") + catalog.fields(under: "litigation")
        return [
            .proactive: catalog.fields(under: "proactive").map(\.id),
            .requests: catalog.fields(under: "requests").map(\.id),
            .review: review.map(\.id),
        ]
    }()

    /// A figure of the table was read from the text (origin `table`).
    static func hasFigure(_ table: TableKind, _ record: ReportRecord) -> Bool {
        figureFields[table, default: []].contains { record.source(of: $0)?.origin == .table }
    }

    /// "a, b, c" for a warning, or "only x, y printed" when most rows are missing.
    static func describeMissing(_ missing: [String], printed: [String]) -> String {
        if missing.count <= 5 || printed.isEmpty { return "missing " + missing.joined(separator: ", ") }
        return "only " + printed.joined(separator: ", ") + " printed (\(missing.count) rows missing)"
    }
}
