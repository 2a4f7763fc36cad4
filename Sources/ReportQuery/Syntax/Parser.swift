/// Recursive-descent parser for one statement (statement level; queries and expressions are in the
/// extensions). Every error names what was expected and where, in UTF-8 byte offsets.
struct Parser {
    /// Deeper expressions are refused: evaluation recurses once per level.
    static let maximumDepth = 200

    let bytes: [UInt8]
    let tokens: [Token]
    var position = 0
    /// Current recursion depth of the expression parser (parentheses, unary operators).
    var nesting = 0

    init(_ text: String) throws(ParseFailure) {
        bytes = Array(text.utf8)
        tokens = try Lexer.tokenize(text)
    }

    /// Parses a whole statement, allowing one trailing `;`.
    static func parseStatement(_ text: String) throws(ParseFailure) -> Statement {
        var parser = try Parser(text)
        let statement = try parser.statement()
        try parser.finish(after: statement)
        return statement
    }

    /// Parses a view's stored query text.
    static func parseQuery(_ text: String) throws(ParseFailure) -> SelectQuery {
        var parser = try Parser(text)
        guard parser.current.isKeyword("select") || parser.current.isKeyword("with") else {
            throw parser.failure("expected 'select' at the start of a query")
        }
        let query = try parser.selectQuery()
        try parser.finish(after: .select(query))
        return query
    }

    // MARK: - Token stream

    var current: Token { tokens[position] }
    var previous: Token? { position > 0 ? tokens[position - 1] : nil }

    mutating func advance() -> Token {
        let token = tokens[position]
        if !token.isEnd { position += 1 }
        return token
    }

    mutating func accept(_ keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        position += 1
        return true
    }

    mutating func accept(_ symbol: Symbol) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        position += 1
        return true
    }

    mutating func expect(_ keyword: String, after context: String) throws(ParseFailure) {
        guard accept(keyword) else { throw failure("expected '\(keyword)' after '\(context)'") }
    }

    /// The text of a span of the statement.
    func text(_ range: SourceRange) -> String { String(decoding: bytes[range.start..<range.end], as: UTF8.self) }

    /// How a token reads in a message: its text, or "end of input".
    func describe(_ token: Token) -> String { token.isEnd ? "end of input" : "'\(text(token.range))'" }

    /// An error at the current token; at end of input it is marked `atEnd`.
    func failure(_ message: String, hint: String? = nil) -> ParseFailure {
        ParseFailure(message, hint: hint, range: current.range, atEnd: current.isEnd)
    }

    func unexpected(hint: String? = nil) -> ParseFailure {
        failure(current.isEnd ? "unexpected end of input" : "unexpected \(describe(current))", hint: hint)
    }

    // MARK: - Statements

    mutating func statement() throws(ParseFailure) -> Statement {
        let first = current
        switch first.keyword {
        case "select", "with":
            return .select(try selectQuery())
        case "create":
            return try createView()
        case "drop":
            position += 1
            try expect("view", after: "drop")
            var ifExists = false
            if accept("if") {
                try expect("exists", after: "if")
                ifExists = true
            }
            return .dropView(try name(what: "a view name", after: ifExists ? "exists" : "view"), ifExists: ifExists)
        case "views":
            position += 1
            return .listViews
        case "export":
            return try export()
        default:
            if first.isEnd { throw failure("empty statement", hint: "queries start with 'select'") }
            var hint = "queries start with 'select'"
            if let word = first.keyword, let close = Suggestions.closest(to: word, among: Keywords.statementStarts) {
                hint = "did you mean '\(close)'?"
            }
            throw failure("expected a statement (select, create view, drop view, views, export), found \(describe(first))",
                          hint: hint)
        }
    }

    private mutating func createView() throws(ParseFailure) -> Statement {
        position += 1
        var orReplace = false
        if accept("or") {
            try expect("replace", after: "or")
            orReplace = true
        }
        var options = ViewOptions()
        options.temporary = accept("temp") || accept("temporary")
        try expect("view", after: options.temporary ? "temp" : orReplace ? "replace" : "create")
        if accept("if") {
            if orReplace {
                throw ParseFailure("'or replace' and 'if not exists' cannot be used together", hint: "choose one",
                                   range: previous!.range)
            }
            try expect("not", after: "if")
            try expect("exists", after: "not")
            options.ifNotExists = true
        }
        let viewName = try name(what: "a view name", after: options.ifNotExists ? "exists" : "view")
        try expect("as", after: viewName.text)
        guard current.isKeyword("select") || current.isKeyword("with") else {
            throw failure("expected a query ('select …') after 'as'")
        }
        let query = try selectQuery()
        return .createView(name: viewName, query: query, queryText: text(query.range), orReplace: orReplace, options: options)
    }

    private mutating func export() throws(ParseFailure) -> Statement {
        position += 1
        let source: ExportSource
        if current.isKeyword("select") || current.isKeyword("with") {
            source = .query(try selectQuery())
        } else {
            source = .name(try name(what: "a view name or a query", after: "export"))
        }
        guard accept("to") else {
            throw failure("expected 'to' and a file path in quotes", hint: "export v to 'result.csv'")
        }
        guard case .string(let path) = current.kind else {
            throw failure("expected a file path in quotes after 'to'", hint: "export v to 'result.csv'")
        }
        position += 1
        var options = ExportOptions()
        while !current.isEnd && !current.isSymbol(.semicolon) {
            if accept("with") {
                try expect("bom", after: "with")
                options.withBOM = true
            } else if accept("overwrite") {
                options.overwrite = true
            } else if accept("partition") {
                try expect("by", after: "partition")
                repeat {
                    options.partitionBy.append(try name(what: "a column name", after: options.partitionBy.isEmpty ? "partition by" : ","))
                } while accept(.comma)
            } else {
                throw failure("expected 'with bom', 'partition by' or 'overwrite' after the path, found \(describe(current))",
                              hint: "export v to 'folder' partition by year, province")
            }
        }
        return .export(source, path: path, options: options)
    }

    /// A name (view or table): an unreserved word or a quoted identifier.
    mutating func name(what: String, after context: String) throws(ParseFailure) -> Name {
        guard case .identifier(let text, let quoted) = current.kind,
              quoted || !Keywords.reserved.contains(text.lowercased()) else {
            throw failure("expected \(what) after '\(context)'")
        }
        return Name(text: text, range: advance().range)
    }

    /// After a statement only `;` may follow.
    private mutating func finish(after statement: Statement) throws(ParseFailure) {
        _ = accept(.semicolon)
        guard !current.isEnd else { return }
        if previous?.isSymbol(.semicolon) == true {
            throw failure("only one statement at a time", hint: "run statements one by one, or as a script")
        }
        throw unexpected(hint: trailingHint(after: statement))
    }

    private func trailingHint(after statement: Statement) -> String? {
        guard let word = current.keyword else {
            if case .select(let query) = statement, query.from == nil, query.filter == nil, query.groupBy.isEmpty,
               query.orderBy.isEmpty, query.limit == nil, query.having == nil {
                return "separate columns with ',' and name them with 'as'"
            }
            return nil
        }
        if Keywords.clauses.contains(word) || word == "by" {
            return "clauses go in this order: from, where, group by, having, order by, limit, offset"
        }
        if let close = Suggestions.closest(to: word, among: Keywords.clauses + ["to", "with"]) {
            return "did you mean '\(close)'?"
        }
        if case .select(let query) = statement, query.from == nil, query.filter == nil, query.groupBy.isEmpty {
            return "separate columns with ',' and name them with 'as'"
        }
        return nil
    }
}
