/// Words with a fixed meaning in the language. Keywords are case-insensitive.
enum Keywords {
    /// Words that cannot be used as names in expressions unless quoted (`` `order` ``). Field names are
    /// deliberately absent (`text`, `file`, `level` stay names), as are the statement words
    /// (`create`, `view`, `export`, `to` …), which only count where a statement expects them.
    static let reserved: Set<String> = [
        "select", "from", "where", "group", "by", "having", "order", "limit", "offset", "as",
        "and", "or", "not", "is", "null", "true", "false", "in", "between", "like", "asc", "desc", "distinct",
        "case", "when", "then", "else", "end",
        "join", "inner", "left", "right", "full", "outer", "cross", "natural", "on", "using",
        "union", "intersect", "except",
    ]

    /// Words that may follow a query in a statement, so never taken as a table's alias.
    static let afterQuery: Set<String> = ["to", "with", "over", "window"]

    /// Words that begin a statement; in scripts a line beginning with one ends the previous statement.
    static let statementStarts: [String] = ["select", "with", "create", "drop", "views", "export"]

    /// The clause keywords of a query in their order, for hints.
    static let clauses: [String] = ["from", "where", "group", "having", "order", "limit", "offset"]

    /// Every keyword, for completion.
    static let all: [String] = [
        "select", "from", "where", "group", "by", "having", "order", "asc", "desc", "limit", "offset", "as",
        "and", "or", "not", "is", "null", "true", "false", "in", "between", "like", "distinct",
        "create", "replace", "view", "drop", "views", "export", "to", "with", "bom", "partition", "overwrite",
        "case", "when", "then", "else", "end", "cast", "filter", "date", "integer", "decimal", "bool",
        "if", "exists", "temp",
        "join", "inner", "left", "cross", "on", "using", "union", "all", "intersect", "except",
        "over", "rows", "preceding", "following", "unbounded", "current", "row",
    ]
}
