extension Parser {
    /// What follows `from`: table references joined left to right. `a, b` is a cross join.
    mutating func fromClause() throws(ParseFailure) -> FromClause {
        var left = try tableReference(after: "from")
        while true {
            let start = left.range.start
            let kind: JoinKind
            let word: String
            if accept("join") {
                (kind, word) = (.inner, "join")
            } else if accept("inner") {
                try expect("join", after: "inner")
                (kind, word) = (.inner, "join")
            } else if accept("left") {
                _ = accept("outer")
                try expect("join", after: "left")
                (kind, word) = (.left, "left join")
            } else if accept("cross") {
                try expect("join", after: "cross")
                (kind, word) = (.cross, "cross join")
            } else if accept(.comma) {
                (kind, word) = (.cross, ",")
            } else if current.isKeyword("right") || current.isKeyword("full") || current.isKeyword("natural") {
                throw failure("\(current.keyword!) joins are not supported", hint: "write the tables the other way round and use 'left join'")
            } else {
                return left
            }
            let right = try tableReference(after: word)
            var join = JoinClause(left: left, kind: kind, right: right, on: nil, using: [], range: SourceRange(start: start, end: start))
            if kind != .cross {
                if accept("on") {
                    join.on = try expression(after: "on")
                } else if accept("using") {
                    guard accept(.leftParen) else { throw failure("expected '(' after 'using'", hint: "using (agency, year)") }
                    repeat {
                        join.using.append(try name(what: "a column name", after: join.using.isEmpty ? "(" : ","))
                    } while accept(.comma)
                    guard accept(.rightParen) else { throw failure("expected ')' to close 'using'") }
                } else {
                    throw failure("expected 'on' or 'using' after the joined table",
                                  hint: "join reports p on p.agency = r.agency and p.year = r.year - 1")
                }
            }
            join.range.end = previous?.range.end ?? start
            left = .join(join)
        }
    }

    /// A table by name or a subquery in parentheses, with an optional alias.
    private mutating func tableReference(after context: String) throws(ParseFailure) -> FromClause {
        if current.isSymbol(.leftParen) {
            let start = current.range.start
            let query = try parenthesizedQuery(after: context)
            let alias = try alias()
            return .subquery(query, alias: alias, range: SourceRange(start: start, end: previous?.range.end ?? start))
        }
        let table = try name(what: "a view name (or 'reports')", after: context)
        return .table(table, alias: try alias())
    }

    /// `[as] NAME` after a table: any word that is not a keyword (nor `to`, which ends an export's query).
    private mutating func alias() throws(ParseFailure) -> Name? {
        if accept("as") { return try name(what: "an alias", after: "as") }
        guard case .identifier(let text, let quoted) = current.kind, !text.contains("."),
              quoted || !(Keywords.reserved.contains(text.lowercased()) || Keywords.afterQuery.contains(text.lowercased())) else {
            return nil
        }
        return Name(text: text, range: advance().range)
    }
}
