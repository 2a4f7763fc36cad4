/// A span of a statement's text, as UTF-8 byte offsets (half-open). Renderers turn it into a caret
/// line by display width; scripts turn it into LINE:COL.
public struct SourceRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Every error of the query language is a value: what is wrong, how to fix it, and where.
/// Rendering (the caret line, `FILE:LINE:COL:`) lives in ReportOutput.
public struct QueryError: Error, Sendable, Hashable {
    public var message: String
    /// A suggestion, e.g. "did you mean 'requests.new'?".
    public var hint: String?
    /// Where in the statement text; nil for errors about the statement as a whole.
    public var range: SourceRange?

    public init(_ message: String, hint: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.hint = hint
        self.range = range
    }
}
