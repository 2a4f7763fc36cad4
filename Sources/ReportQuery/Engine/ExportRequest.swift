import ReportModel

/// What `export` asks the shell to write: the rows, the path as given, and whether to start the file
/// with a UTF-8 byte-order mark (for spreadsheet programs). The shell picks the format from the path.
public struct ExportRequest: Sendable, Hashable {
    public var result: ResultSet
    public var path: String
    public var withBOM: Bool

    public init(result: ResultSet, path: String, withBOM: Bool) {
        self.result = result
        self.path = path
        self.withBOM = withBOM
    }
}
