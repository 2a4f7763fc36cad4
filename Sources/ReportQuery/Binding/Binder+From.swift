import ReportModel

extension Binder {
    /// What `from` reads (the corpus when there is no `from`); sets `scope` to its columns.
    mutating func bindFrom(_ from: FromClause?) throws(QueryError) -> BoundQuery.Source {
        guard let from else {
            scope = .corpus(catalog)
            return .corpus
        }
        switch from {
        case .table(let name, let alias):
            let source = try bindTable(name)
            scope.alias = alias?.text ?? name.text
            scope.implicitAlias = alias == nil
            return source
        case .subquery(let query, let alias, _):
            var binder = child()
            let inner = try binder.bindQuery(query)
            let label = alias?.text ?? "subquery"
            scope = Scope(kind: .view(label), names: inner.names, types: inner.types, catalog: catalog, alias: alias?.text)
            return .view(name: label, query: inner)
        case .join(let join):
            return try bindJoin(join)
        }
    }

    /// A `with` table, bound where it is read (a table that reads itself is an error).
    mutating func bindCommonTable(_ table: CommonTable, at name: Name) throws(QueryError) -> BoundQuery.Source {
        let key = "with " + table.name.text
        if viewStack.contains(key) {
            throw QueryError("'\(table.name.text)' reads itself", hint: "recursive 'with' is not supported", range: name.range)
        }
        var binder = Binder(catalog: catalog, views: views, viewStack: viewStack + [key], memo: memo, text: text,
                            scope: .corpus(catalog))
        binder.commonTables = commonTables
        let inner = try binder.bindQuery(table.query)
        scope = Scope(kind: .view(table.name.text), names: inner.names, types: inner.types, catalog: catalog)
        return .view(name: table.name.text, query: inner)
    }

    /// The name a table is known by in a join when it has no alias.
    private static func defaultName(_ from: FromClause) -> String {
        switch from {
        case .table(let name, let alias): return alias?.text ?? name.text
        case .subquery(_, let alias, _): return alias?.text ?? "subquery"
        case .join: return "join"
        }
    }

    /// `a join b on …` / `using (…)`: the joined scope (left columns first), and the condition split
    /// into hashed equality keys (one side's columns equal to the other's) and a residual test.
    private mutating func bindJoin(_ join: JoinClause) throws(QueryError) -> BoundQuery.Source {
        let left = try bindFrom(join.left)
        let leftScope = scope
        let right = try bindFrom(join.right)
        let rightScope = scope
        let width = leftScope.names.count
        scope = try Scope.joined(leftScope, rightScope, leftName: Binder.defaultName(join.left),
                                 rightName: Binder.defaultName(join.right), catalog: catalog)
        var seen: Set<String> = []
        for relation in scope.relations where !seen.insert(relation.alias.lowercased()).inserted {
            throw QueryError("'\(relation.alias)' names two tables of the join",
                             hint: "give each table its own alias: from reports r join reports p on …", range: join.right.range)
        }
        var conjuncts: [BoundExpression] = []
        if let on = join.on {
            conjuncts = Binder.conjuncts(try condition(on, ExpressionContext(clause: "on")))
        }
        for name in join.using {
            guard let l = try leftScope.column(name.text, range: name.range) else {
                throw leftScope.unknownName(name.text, range: name.range, resultNames: [])
            }
            guard let r = try rightScope.column(name.text, range: name.range) else {
                throw rightScope.unknownName(name.text, range: name.range, resultNames: [])
            }
            let a = BoundExpression(node: .column(l), type: leftScope.types[l], range: name.range)
            let b = BoundExpression(node: .column(width + r), type: rightScope.types[r], range: name.range)
            conjuncts.append(try compare(.equal, a, b, range: name.range))
            scope.hidden.insert(width + r)
        }
        var bound = BoundJoin(kind: join.kind, left: left, right: right, leftWidth: width, types: scope.types,
                              leftKeys: [], rightKeys: [], residual: nil)
        for conjunct in conjuncts {
            if case .compare(.equal, let a, let b) = conjunct.node {
                let (ca, cb) = (Binder.columns(a), Binder.columns(b))
                if !ca.isEmpty, !cb.isEmpty, ca.allSatisfy({ $0 < width }), cb.allSatisfy({ $0 >= width }) {
                    bound.leftKeys.append(a)
                    bound.rightKeys.append(Binder.shift(b, by: -width))
                    continue
                }
                if !ca.isEmpty, !cb.isEmpty, cb.allSatisfy({ $0 < width }), ca.allSatisfy({ $0 >= width }) {
                    bound.leftKeys.append(b)
                    bound.rightKeys.append(Binder.shift(a, by: -width))
                    continue
                }
            }
            bound.residual = bound.residual.map { BoundExpression(node: .and($0, conjunct), type: .bool, range: conjunct.range) } ?? conjunct
        }
        return .join(bound)
    }

    /// The operands of a chain of `and`.
    private static func conjuncts(_ e: BoundExpression) -> [BoundExpression] {
        if case .and(let a, let b) = e.node { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    /// The columns an expression reads.
    static func columns(_ e: BoundExpression) -> Set<Int> {
        var columns: Set<Int> = []
        var stack = [e]
        while let e = stack.popLast() {
            if case .column(let c) = e.node { columns.insert(c) }
            if case .source(let c) = e.node { columns.insert(c) }
            stack += e.children
        }
        return columns
    }

    /// The expression with every column index moved by `offset` (a right-hand key over its own table).
    static func shift(_ e: BoundExpression, by offset: Int) -> BoundExpression {
        if case .column(let c) = e.node { return BoundExpression(node: .column(c + offset), type: e.type, range: e.range) }
        return e.mapChildren { shift($0, by: offset) }
    }
}
