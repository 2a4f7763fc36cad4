import ReportModel

extension Binder {
    /// A grouped query: keys over the input, then select items, having and order by over the
    /// aggregate table (keys, then aggregates). Without order by, groups come out sorted by their keys.
    mutating func bindGrouped(_ query: SelectQuery, items: [PreparedItem], into bound: inout BoundQuery) throws(QueryError) {
        let keyContext = ExpressionContext(clause: "group by", aliasesFirst: true)
        var keys: [BoundExpression] = []
        for expression in query.groupBy {
            if case .integer(let n) = expression.kind {
                guard n >= 1, n <= items.count else {
                    throw QueryError("group by \(n): the select list has \(items.count) column\(items.count == 1 ? "" : "s")",
                                     range: expression.range)
                }
                keys.append(try bindItem(items[n - 1], keyContext))
            } else {
                keys.append(try bind(expression, keyContext))
            }
        }
        let selectContext = ExpressionContext(clause: "select", allowsAggregates: true, allowsWindows: true)
        for item in items {
            bound.outputs.append(try rewrite(bindItem(item, selectContext), keys: keys))
        }
        if let having = query.having {
            let condition = try condition(having, ExpressionContext(clause: "having", allowsAggregates: true))
            bound.having = try rewrite(condition, keys: keys)
        }
        bound.orderBy = try orderKeys(query.orderBy, outputs: bound.outputs) { (b: inout Binder, e) throws(QueryError) in
            let order = try b.bind(e, ExpressionContext(clause: "order by", allowsAggregates: true, allowsWindows: true, aliasesFirst: true))
            return try b.rewrite(order, keys: keys)
        }
        if query.orderBy.isEmpty {
            bound.orderBy = keys.indices.map {
                BoundQuery.SortKey(expression: BoundExpression(node: .column($0), type: keys[$0].type, range: keys[$0].range),
                                   descending: false)
            }
        }
        bound.aggregation = BoundQuery.Aggregation(keys: keys, aggregates: aggregates)
    }

    /// Re-expresses a bound expression over the aggregate table: a group key becomes its key column, an
    /// aggregate its aggregate column; any other column reference is an error (it is not grouped).
    private mutating func rewrite(_ e: BoundExpression, keys: [BoundExpression]) throws(QueryError) -> BoundExpression {
        if let k = keys.firstIndex(of: e) {
            return BoundExpression(node: .column(k), type: e.type, range: e.range)
        }
        switch e.node {
        case .aggregate(let call):
            let index = aggregates.appendingIndex(of: call)
            return BoundExpression(node: .column(keys.count + index), type: e.type, range: e.range)
        case .window(let call):
            let mapped = try call.mapExpressions { (child: BoundExpression) throws(QueryError) in try rewrite(child, keys: keys) }
            return BoundExpression(node: .window(mapped), type: e.type, range: e.range)
        case .column(let column):
            throw ungrouped(scope.names[column], range: e.range, grouped: !keys.isEmpty)
        case .source:
            throw ungrouped(text.normalized(e.range), range: e.range, grouped: !keys.isEmpty)
        default:
            return try e.mapChildren { (child: BoundExpression) throws(QueryError) in try rewrite(child, keys: keys) }
        }
    }

    private func ungrouped(_ name: String, range: SourceRange, grouped: Bool) -> QueryError {
        let hint = grouped ? "add it to group by, or use it in an aggregate such as max(\(name))"
            : "add 'group by \(name)', or use it in an aggregate such as max(\(name))"
        return QueryError("'\(name)' must appear in group by or be used in an aggregate function", hint: hint, range: range)
    }

    /// Order-by keys: a column number (`order by 2`), a result column name (alias or expression as
    /// typed), or an expression bound by `bindExpression`.
    mutating func orderKeys(
        _ items: [OrderItem], outputs: [BoundExpression],
        _ bindExpression: (inout Binder, ParsedExpression) throws(QueryError) -> BoundExpression
    ) throws(QueryError) -> [BoundQuery.SortKey] {
        var keys: [BoundQuery.SortKey] = []
        for item in items {
            let expression = item.expression
            let key: BoundExpression
            if case .integer(let n) = expression.kind {
                guard n >= 1, n <= outputs.count else {
                    throw QueryError("order by \(n): the select list has \(outputs.count) column\(outputs.count == 1 ? "" : "s")",
                                     range: expression.range)
                }
                key = outputs[n - 1]
            } else if case .name(let name) = expression.kind, let index = resultNames.firstIndex(of: name) {
                key = outputs[index]
            } else {
                key = try bindExpression(&self, expression)
            }
            keys.append(BoundQuery.SortKey(expression: key, descending: item.descending))
        }
        return keys
    }
}

extension Array where Element: Equatable {
    /// The index of `element`, appended first when absent (each aggregate or window call once).
    mutating func appendingIndex(of element: Element) -> Int {
        if let existing = firstIndex(of: element) { return existing }
        append(element)
        return count - 1
    }
}
