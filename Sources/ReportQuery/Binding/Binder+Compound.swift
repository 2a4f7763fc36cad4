import ReportModel

extension Binder {
    /// `a union [all] b intersect c …`: `intersect` binds tighter than `union` and `except` (as in
    /// PostgreSQL and DuckDB), which apply left to right. The operands have the same number of
    /// columns, of compatible types; the result has the first operand's column names, and `order by`
    /// and `limit` apply to it.
    mutating func bindCompound(_ query: SelectQuery) throws(QueryError) -> BoundQuery {
        var first = query
        first.compounds = []
        first.orderBy = []
        first.limit = nil
        first.offset = nil
        first.commonTables = []
        var binder = child()
        var operands = [try binder.bindQuery(first)]
        for part in query.compounds {
            binder = child()
            let bound = try binder.bindQuery(part.query)
            let width = operands[0].outputs.count
            guard bound.outputs.count == width else {
                throw QueryError("each side of '\(part.op.rawValue)' must have the same number of columns: \(width) and \(bound.outputs.count)",
                                 range: part.query.range)
            }
            for k in 0..<width where ValueType.common(operands[0].types[k], bound.types[k]) == nil {
                throw QueryError("column \(k + 1) is \(operands[0].types[k].phrase) on the left of '\(part.op.rawValue)' but \(bound.types[k].phrase) on the right",
                                 range: part.query.range)
            }
            operands.append(bound)
        }
        // intersect first, then union and except left to right
        var terms = [operands[0]]
        var operators: [CompoundPart] = []
        for (part, operand) in zip(query.compounds, operands.dropFirst()) {
            if part.op == .intersect {
                terms[terms.count - 1] = try combine(terms[terms.count - 1], part, operand, orderBy: [], limit: nil, offset: nil)
            } else {
                terms.append(operand)
                operators.append(part)
            }
        }
        var result = terms[0]
        for (part, operand) in zip(operators, terms.dropFirst()) {
            result = try combine(result, part, operand, orderBy: [], limit: nil, offset: nil)
        }
        return try wrap(result.source, names: result.names, types: result.types, label: "the result of '\(query.compounds[0].op.rawValue)'",
                        orderBy: query.orderBy, limit: query.limit, offset: query.offset)
    }

    private mutating func combine(
        _ left: BoundQuery, _ part: CompoundPart, _ right: BoundQuery, orderBy: [OrderItem], limit: Int?, offset: Int?
    ) throws(QueryError) -> BoundQuery {
        let types = zip(left.types, right.types).map { ValueType.common($0, $1) ?? $0 }
        return try wrap(.setOperation(part.op, all: part.all, left, right, types: types), names: left.names, types: types,
                        label: part.op.rawValue, orderBy: orderBy, limit: limit, offset: offset)
    }

    /// `select distinct …`: the query's distinct rows, then its `order by` and `limit` over them (so
    /// `order by` names result columns, as in PostgreSQL).
    mutating func bindDistinct(_ query: SelectQuery) throws(QueryError) -> BoundQuery {
        var plain = query
        plain.distinct = false
        plain.orderBy = []
        plain.limit = nil
        plain.offset = nil
        plain.commonTables = []
        var binder = child()
        let inner = try binder.bindQuery(plain)
        return try wrap(.distinct(inner), names: inner.names, types: inner.types, label: "select distinct",
                        orderBy: query.orderBy, limit: query.limit, offset: query.offset)
    }

    /// A query reading every column of `source` (named `names`), sorted and limited.
    private mutating func wrap(
        _ source: BoundQuery.Source, names: [String], types: [ValueType], label: String, orderBy: [OrderItem], limit: Int?, offset: Int?
    ) throws(QueryError) -> BoundQuery {
        scope = Scope(kind: .view(label), names: names, types: types, catalog: catalog)
        resultNames = names
        let outputs = names.indices.map { BoundExpression(node: .column($0), type: types[$0], range: SourceRange(start: 0, end: 0)) }
        let keys = try orderKeys(orderBy, outputs: outputs) { (b: inout Binder, e) throws(QueryError) in
            try b.bind(e, ExpressionContext(clause: "order by", aliasesFirst: true))
        }
        return BoundQuery(source: source, filter: nil, aggregation: nil, having: nil, outputs: outputs, orderBy: keys,
                          limit: limit, offset: offset, names: names)
    }
}
