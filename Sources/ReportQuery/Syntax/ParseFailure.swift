/// A syntax error from the lexer or the parser. `atEnd` is true when the text stopped before the
/// statement was complete (an open string, `select agency where`): the interactive shell then asks for
/// another line instead of reporting the error.
struct ParseFailure: Error, Sendable {
    var error: QueryError
    var atEnd: Bool

    init(_ message: String, hint: String? = nil, range: SourceRange, atEnd: Bool = false) {
        error = QueryError(message, hint: hint, range: range)
        self.atEnd = atEnd
    }
}
