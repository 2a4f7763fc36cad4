import ReportModel

/// One named table of an exported file: a SQLite database holds several (the result, then
/// `sources` and `warnings`); a Parquet file holds the first.
public struct ExportTable: Sendable {
    public var name: String
    /// The table's columns and its rows (a streamed table's rows come from `batches` instead).
    public var result: ResultSet
    /// A table too large to hold (the provenance of a large export): its rows a batch at a time,
    /// written after `result`'s and let go; nil for a table that is `result`.
    public var batches: ExportBatches?

    public init(name: String, result: ResultSet) {
        self.name = name
        self.result = result
    }

    /// A table of `columns` whose rows `batches` produces.
    public init(name: String, columns: [ResultColumn], batches: ExportBatches) {
        self.name = name
        result = ResultSet(columns: columns, rows: [])
        self.batches = batches
    }

    /// The column names as written to the file: gongkai's names exactly, except that a name met again
    /// (`select year, year`) gets `_2`, `_3` … so every database and data frame can hold them.
    public var columnNames: [String] {
        var seen: Set<String> = []
        return result.columns.map { column in
            var name = column.name
            var copy = 1
            while seen.contains(name.lowercased()) {
                copy += 1
                name = "\(column.name)_\(copy)"
            }
            seen.insert(name.lowercased())
            return name
        }
    }
}

/// The rows of a streamed `ExportTable`: `produce` calls `emit` with each batch in order (the table's
/// columns, a bounded number of rows) and stops early when `emit` returns false (the writer failed).
public struct ExportBatches: Sendable {
    public let produce: @Sendable (_ emit: (ResultSet) -> Bool) -> Void

    public init(_ produce: @escaping @Sendable (_ emit: (ResultSet) -> Bool) -> Void) {
        self.produce = produce
    }
}
