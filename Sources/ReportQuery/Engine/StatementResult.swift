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

/// The outcome of one statement.
public enum StatementResult: Sendable, Hashable {
    /// A query's rows.
    case rows(ResultSet)
    /// `create [or replace] view`; `replaced` when a view of that name existed. `Database.views` holds it.
    case viewCreated(name: String, replaced: Bool)
    case viewDropped(name: String)
    /// `views`: columns `view` and `query`, sorted by name.
    case viewList(ResultSet)
    /// `export … to 'path'`: the engine ran the query; the shell writes the file.
    case export(ExportRequest)
}

/// A stored view that could not be loaded, and why (the range is within `definition`).
public struct ViewProblem: Sendable, Hashable {
    public var name: String
    public var definition: String
    public var error: QueryError

    public init(name: String, definition: String, error: QueryError) {
        self.name = name
        self.definition = definition
        self.error = error
    }
}

/// Words for completion in the shell.
public enum QueryVocabulary {
    /// Every keyword of the language, lowercase (keywords are case-insensitive).
    public static let keywords: [String] = Keywords.all
    /// Every function name, lowercase (function names are case-insensitive).
    public static let functions: [String] = FunctionCatalog.names
}
