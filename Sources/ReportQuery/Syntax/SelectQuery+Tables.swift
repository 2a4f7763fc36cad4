extension SelectQuery {
    /// Every table name the query reads, in `from` and `join`, in its subqueries, `with` tables and set
    /// operations (a view's dependencies; a name a `with` table shadows is listed too).
    var referencedTables: [Name] {
        var names: [Name] = []
        for table in commonTables { names += table.query.referencedTables }
        if let from { names += from.referencedTables }
        var expressions = items.compactMap { item -> ParsedExpression? in
            if case .expression(let e, _, _) = item { return e }
            return nil
        }
        expressions += [filter, having].compactMap { $0 } + groupBy + orderBy.map(\.expression)
        while let e = expressions.popLast() {
            switch e.kind {
            case .subquery(let query), .exists(let query), .inQuery(_, let query, _): names += query.referencedTables
            default: break
            }
            expressions += e.children
        }
        for part in compounds { names += part.query.referencedTables }
        return names
    }
}

extension FromClause {
    var referencedTables: [Name] {
        switch self {
        case .table(let name, _): return [name]
        case .subquery(let query, _, _): return query.referencedTables
        case .join(let join):
            return join.left.referencedTables + join.right.referencedTables
                + (join.on.map { SelectQuery(items: [.expression($0, alias: nil, aliasRange: nil)], from: nil, filter: nil, groupBy: [],
                                             having: nil, orderBy: [], limit: nil, offset: nil, range: $0.range).referencedTables } ?? [])
        }
    }
}
