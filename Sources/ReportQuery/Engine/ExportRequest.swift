import ReportModel

/// What `export` asks the shell to write: the rows, the path as given, and how. The shell picks the
/// format from the path (a partitioned export is always a folder of Parquet files).
public struct ExportRequest: Sendable, Hashable {
    public var result: ResultSet
    public var path: String
    /// Start a text file with a UTF-8 byte-order mark (for spreadsheet programs).
    public var withBOM: Bool
    /// The name of the table in a SQLite file: the view's (or `reports`); nil for a query.
    public var tableName: String?
    /// `partition by`: columns of `result`, named exactly as there, whose values name the folders.
    public var partitionBy: [String]
    /// `overwrite`: a partitioned folder that exists and is not empty may be replaced.
    public var overwrite: Bool

    public init(result: ResultSet, path: String, withBOM: Bool, tableName: String? = nil,
                partitionBy: [String] = [], overwrite: Bool = false) {
        self.result = result
        self.path = path
        self.withBOM = withBOM
        self.tableName = tableName
        self.partitionBy = partitionBy
        self.overwrite = overwrite
    }
}
