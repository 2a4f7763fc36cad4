/// One `create view NAME as QUERY` statement of the views file: the name, the query text the engine
/// stores, and where that query starts in the file (so an error in it points at the right line).
struct ViewDefinition: Sendable, Hashable {
    var name: String
    var query: String
    /// 1-based line and column (in characters) of the query's first character in the file.
    var line: Int
    var column: Int
    /// The whole statement as written in the file, without its `;`.
    var statement: String
}
