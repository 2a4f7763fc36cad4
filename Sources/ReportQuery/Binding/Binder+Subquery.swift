import ReportModel

extension Binder {
    /// `(select …)`, `exists (select …)`, `x in (select …)`. A subquery reads its own tables only (it
    /// is not correlated with the outer query: use a join for that), so it runs once.
    mutating func bindSubquery(_ expression: ParsedExpression, _ context: ExpressionContext) throws(QueryError) -> BoundExpression? {
        let range = expression.range
        switch expression.kind {
        case .subquery(let query):
            let inner = try oneColumn(query, range: range, what: "a subquery used as a value")
            return BoundExpression(node: .subquery(BoundSubquery(inner)), type: inner.types[0], range: range)
        case .exists(let query):
            let inner = try bindInner(query)
            return BoundExpression(node: .exists(BoundSubquery(inner)), type: .bool, range: range)
        case .inQuery(let operand, let query, let negated):
            let value = try bind(operand, context)
            let inner = try oneColumn(query, range: range, what: "the subquery of 'in'")
            guard let type = ValueType.common(value.type, inner.types[0]) else {
                throw QueryError("cannot compare '\(text.normalized(value.range))' (\(value.type.rawValue)) with the subquery's \(inner.types[0].rawValue) column",
                                 range: range)
            }
            let test = BoundExpression(node: .inSubquery(coerce(value, to: type), BoundSubquery(inner)), type: .bool, range: range)
            return negated ? BoundExpression(node: .not(test), type: .bool, range: range) : test
        default:
            return nil
        }
    }

    private mutating func oneColumn(_ query: SelectQuery, range: SourceRange, what: String) throws(QueryError) -> BoundQuery {
        let inner = try bindInner(query)
        guard inner.outputs.count == 1 else {
            throw QueryError("\(what) must return one column, not \(inner.outputs.count)", range: range)
        }
        return inner
    }

    /// Binds a subquery; a name it does not know but the outer query does gets a hint to use a join.
    private mutating func bindInner(_ query: SelectQuery) throws(QueryError) -> BoundQuery {
        var binder = child()
        do {
            return try binder.bindQuery(query)
        } catch {
            if error.message.hasPrefix("unknown field '") || error.message.hasPrefix("unknown column '"),
               let range = error.range, let name = Optional(text.normalized(range)), (try? scope.column(name, range: range)) != nil {
                throw QueryError("a subquery cannot read '\(name)' of the outer query",
                                 hint: "join the tables instead: from reports r join reports p on …", range: range)
            }
            throw error
        }
    }
}
