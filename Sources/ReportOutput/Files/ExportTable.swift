import ReportModel

/// One named table of an exported file: a SQLite database holds several (the result, then
/// `sources` and `warnings`); a Parquet file holds the first.
public struct ExportTable: Sendable {
    public var name: String
    public var result: ResultSet

    public init(name: String, result: ResultSet) {
        self.name = name
        self.result = result
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
