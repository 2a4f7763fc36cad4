extension Parser {
    /// `select LIST [from NAME] [where E] [group by …] [having E] [order by …] [limit N [offset M]]`.
    /// Stops before the first token that continues no clause (the caller decides what may follow).
    mutating func selectQuery() throws(ParseFailure) -> SelectQuery {
        let start = advance().range.start   // `select`
        var items: [SelectItem] = []
        repeat {
            items.append(try selectItem())
        } while accept(.comma)
        var query = SelectQuery(items: items, from: nil, filter: nil, groupBy: [], having: nil, orderBy: [],
                                limit: nil, offset: nil, range: SourceRange(start: start, end: start))
        if accept("from") { query.from = try name(what: "a view name (or 'reports')", after: "from") }
        if accept("where") { query.filter = try expression(after: "where") }
        if accept("group") {
            try expect("by", after: "group")
            query.groupBy = try expressionList(after: "group by")
        }
        if accept("having") { query.having = try expression(after: "having") }
        if accept("order") {
            try expect("by", after: "order")
            var context = "order by"
            repeat {
                let expression = try self.expression(after: context)
                let descending = accept("desc")
                if !descending { _ = accept("asc") }
                query.orderBy.append(OrderItem(expression: expression, descending: descending))
                context = ","
            } while accept(.comma)
        }
        if accept("limit") {
            query.limit = try count(after: "limit")
            if accept("offset") { query.offset = try count(after: "offset") }
        }
        query.range.end = previous?.range.end ?? start
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

    private mutating func expressionList(after context: String) throws(ParseFailure) -> [ParsedExpression] {
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
