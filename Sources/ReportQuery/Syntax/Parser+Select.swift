extension Parser {
    /// `[with …] select … [union|intersect|except select …]… [order by …] [limit N [offset M]]`.
    /// Stops before the first token that continues no clause (the caller decides what may follow).
    mutating func selectQuery() throws(ParseFailure) -> SelectQuery {
        let start = current.range.start
        var tables: [CommonTable] = []
        if accept("with") {
            repeat {
                let name = try self.name(what: "a table name", after: tables.isEmpty ? "with" : ",")
                try expect("as", after: name.text)
                tables.append(CommonTable(name: name, query: try parenthesizedQuery(after: "as")))
            } while accept(.comma)
            guard current.isKeyword("select") else { throw failure("expected 'select' after the tables of 'with'") }
        }
        var query = try selectCore()
        query.commonTables = tables
        while let op = current.keyword.flatMap(SetOperator.init(rawValue:)) {
            position += 1
            let all = accept("all")
            if !all { _ = accept("distinct") }
            guard current.isKeyword("select") else {
                throw failure("expected 'select' after '\(op.rawValue)'", hint: "select agency where year = 2021 \(op.rawValue) select agency where year = 2024")
            }
            query.compounds.append(CompoundPart(op: op, all: all, query: try selectCore()))
        }
        if accept("order") {
            try expect("by", after: "order")
            query.orderBy = try orderItems(after: "order by")
        }
        if accept("limit") {
            query.limit = try count(after: "limit")
            if accept("offset") { query.offset = try count(after: "offset") }
        }
        query.range = SourceRange(start: start, end: previous?.range.end ?? start)
        return query
    }

    /// `select [distinct] LIST [from …] [where E] [group by …] [having E]`: one operand of a set operation.
    private mutating func selectCore() throws(ParseFailure) -> SelectQuery {
        let start = advance().range.start   // `select`
        let distinct = accept("distinct")
        if !distinct { _ = accept("all") }
        var items: [SelectItem] = []
        repeat {
            items.append(try selectItem())
        } while accept(.comma)
        var query = SelectQuery(items: items, from: nil, filter: nil, groupBy: [], having: nil, orderBy: [],
                                limit: nil, offset: nil, range: SourceRange(start: start, end: start), distinct: distinct)
        if accept("from") { query.from = try fromClause() }
        if accept("where") { query.filter = try expression(after: "where") }
        if accept("group") {
            try expect("by", after: "group")
            query.groupBy = try expressionList(after: "group by")
        }
        if accept("having") { query.having = try expression(after: "having") }
        query.range.end = previous?.range.end ?? start
        return query
    }

    /// `E [asc|desc], …` (order by, and order by within a window).
    mutating func orderItems(after context: String) throws(ParseFailure) -> [OrderItem] {
        var items: [OrderItem] = []
        var context = context
        repeat {
            let expression = try self.expression(after: context)
            let descending = accept("desc")
            if !descending { _ = accept("asc") }
            items.append(OrderItem(expression: expression, descending: descending))
            context = ","
        } while accept(.comma)
        return items
    }

    /// `( QUERY )`, as a `with` table, a subquery in `from`, or a subquery expression.
    mutating func parenthesizedQuery(after context: String) throws(ParseFailure) -> SelectQuery {
        guard accept(.leftParen) else { throw failure("expected '(' and a query after '\(context)'") }
        guard current.isKeyword("select") || current.isKeyword("with") else {
            throw failure("expected a query ('select …') after '('")
        }
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Parser.maximumDepth else {
            throw failure("queries are nested too deeply (more than \(Parser.maximumDepth) levels)")
        }
        let query = try selectQuery()
        guard accept(.rightParen) else {
            throw failure("expected ')' to close the query", hint: current.isEnd ? nil : "found \(describe(current))")
        }
        return query
    }

    private mutating func selectItem() throws(ParseFailure) -> SelectItem {
        if current.isSymbol(.star) { return .star(advance().range) }
        if case .identifier(let prefix, _) = current.kind, tokens[position + 1].isSymbol(.dot),
           position + 2 < tokens.count, tokens[position + 2].isSymbol(.star) {
            let start = current.range.start
            position += 3
            return .prefixStar(prefix, SourceRange(start: start, end: tokens[position - 1].range.end))
        }
        let context = previous.map { text($0.range) } ?? "select"
        let expression = try self.expression(after: context)
        guard accept("as") else { return .expression(expression, alias: nil, aliasRange: nil) }
        switch current.kind {
        case .identifier(let alias, let quoted) where quoted || !Keywords.reserved.contains(alias.lowercased()):
            return .expression(expression, alias: alias, aliasRange: advance().range)
        case .string(let alias) where !alias.isEmpty:
            return .expression(expression, alias: alias, aliasRange: advance().range)
        default:
            throw failure("expected a column name after 'as'", hint: "quote a name that is a keyword: as \"order\"")
        }
    }

    mutating func expressionList(after context: String) throws(ParseFailure) -> [ParsedExpression] {
        var list: [ParsedExpression] = []
        var context = context
        repeat {
            list.append(try expression(after: context))
            context = ","
        } while accept(.comma)
        return list
    }

    /// A non-negative integer literal (limit, offset).
    private mutating func count(after context: String) throws(ParseFailure) -> Int {
        guard case .integer(let value) = current.kind else {
            throw failure("expected a whole number after '\(context)'", hint: "\(context) 10")
        }
        position += 1
        return value
    }
}
