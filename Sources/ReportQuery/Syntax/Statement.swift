/// One entry of a select list.
enum SelectItem: Sendable, Hashable {
    /// `*`: the catalog's headline fields (or every column of a view).
    case star(SourceRange)
    /// `requests.new.*`: the fields under a prefix.
    case prefixStar(String, SourceRange)
    /// An expression with its optional alias (`as 机关名`, `as "name"`).
    case expression(ParsedExpression, alias: String?, aliasRange: SourceRange?)
}

/// An `order by` entry: nulls always sort last, whichever the direction.
struct OrderItem: Sendable, Hashable {
    var expression: ParsedExpression
    var descending: Bool
}

/// A name with the span where it was written (a view or table name).
struct Name: Sendable, Hashable {
    var text: String
    var range: SourceRange
}

/// `select … [from …] [where …] [group by …] [having …] [order by …] [limit … [offset …]]`.
struct SelectQuery: Sendable, Hashable {
    var items: [SelectItem]
    var from: Name?
    var filter: ParsedExpression?
    var groupBy: [ParsedExpression]
    var having: ParsedExpression?
    var orderBy: [OrderItem]
    var limit: Int?
    var offset: Int?
    /// The span of the whole query, from `select` to its last token.
    var range: SourceRange
}

/// What `export` writes: a view (or `reports`) by name, or a query.
enum ExportSource: Sendable, Hashable {
    case name(Name)
    case query(SelectQuery)
}

/// A parsed statement.
enum Statement: Sendable, Hashable {
    case select(SelectQuery)
    /// `create [or replace] view NAME as QUERY`; `queryText` is the query as written, stored as the view.
    case createView(name: Name, query: SelectQuery, queryText: String, orReplace: Bool)
    case dropView(Name)
    case listViews
    case export(ExportSource, path: String, options: ExportOptions)
}

/// What may follow an export's path, in any order: `with bom`, `partition by NAME[, NAME …]`
/// (a Hive-style folder of Parquet files, a folder per value) and `overwrite` (replace what a
/// partitioned folder holds).
struct ExportOptions: Sendable, Hashable {
    var withBOM = false
    var partitionBy: [Name] = []
    var overwrite = false
}
