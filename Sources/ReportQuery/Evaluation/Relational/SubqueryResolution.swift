import ReportModel

extension QueryExecutor {
    /// The query with each subquery expression replaced by its value, run once: a scalar subquery by
    /// its one value (null without rows; more than one row is an error), `exists` by true or false,
    /// `x in (select …)` by a membership test of the subquery's values.
    func resolveSubqueries(_ query: BoundQuery) throws(QueryError) -> BoundQuery {
        try query.mapExpressions { (e: BoundExpression) throws(QueryError) in try resolve(e) }
    }

    func resolve(_ e: BoundExpression) throws(QueryError) -> BoundExpression {
        switch e.node {
        case .subquery(let subquery):
            let result = try run(subquery.query)
            guard result.rowCount <= 1 else {
                throw QueryError("a subquery used as a value returned \(result.rowCount) rows",
                                 hint: "it must return at most one row: aggregate (select max(…) …) or add 'limit 1'", range: e.range)
            }
            let value = result.rowCount == 0 ? Value.null : QueryExecutor.converted(result.resultValues()[0].value(at: 0), to: e.type)
            return BoundExpression(node: .constant(value), type: e.type, range: e.range)
        case .exists(let subquery):
            let result = try run(subquery.query)
            return BoundExpression(node: .constant(.bool(result.rowCount > 0)), type: .bool, range: e.range)
        case .inSubquery(let operand, let subquery):
            let value = try resolve(operand)
            let result = try run(subquery.query)
            let column = result.resultValues()[0]
            var values: [Value] = []
            var hasNull = false
            for row in 0..<result.rowCount {
                let v = QueryExecutor.converted(column.value(at: row), to: value.type)
                if v.isNull { hasNull = true } else { values.append(v) }
            }
            return BoundExpression(node: .inList(value, values, hasNull: hasNull), type: .bool, range: e.range)
        default:
            return try e.mapChildren { (child: BoundExpression) throws(QueryError) in try resolve(child) }
        }
    }

    /// An integer as a decimal where the expression is decimal.
    static func converted(_ value: Value, to type: ValueType) -> Value {
        if case .integer(let v) = value, type == .decimal { return .decimal(Double(v)) }
        return value
    }
}
