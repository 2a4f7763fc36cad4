import ReportModel

extension Binder {
    /// The functions that exist only with `over (…)`.
    static let windowFunctions = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
                                  "first_value", "last_value"]

    /// `f(…) over (…)`: allowed in the select list and order by (window functions run after where,
    /// group by and having). Its arguments, partition and order keys are bound like the select list's
    /// (so in a grouped query they may aggregate: `rank() over (order by sum(requests.new) desc)`).
    mutating func bindWindow(
        _ call: ParsedExpression, _ spec: WindowSpec, range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        guard case .call(let name, let nameRange, let arguments, let distinct, let star) = call.kind else {
            throw QueryError("'over' follows a function call", hint: "rank() over (order by requests.new desc)", range: range)
        }
        let function = name.lowercased()
        guard context.allowsWindows else {
            if context.insideAggregate || context.clause == "over" {
                throw QueryError("window functions cannot be nested", range: range)
            }
            throw QueryError("window function '\(function)' is not allowed in \(context.clause)",
                             hint: "window functions run after where, group by and having; filter on one in an outer query: select * from (select …, rank() over (…) as r) where r <= 3",
                             range: range)
        }
        var inner = context.with(clause: "over")
        inner.allowsWindows = false
        var partition: [BoundExpression] = []
        for e in spec.partitionBy { partition.append(try bind(e, inner)) }
        var order: [BoundExpression] = []
        for item in spec.orderBy { order.append(try bind(item.expression, inner)) }
        var window = WindowCall(function: .rowNumber, arguments: [], partition: partition, order: order,
                                descending: spec.orderBy.map(\.descending), frame: spec.frame)
        let type: ValueType
        switch function {
        case "row_number", "rank", "dense_rank", "percent_rank", "cume_dist":
            try arity(0...0, arguments, star, function, range, usage: "\(function)() over (order by …)")
            window.function = ["row_number": .rowNumber, "rank": .rank, "dense_rank": .denseRank,
                               "percent_rank": .percentRank, "cume_dist": .cumeDist][function]!
            type = function.hasSuffix("_dist") || function.hasPrefix("percent") ? .decimal : .integer
        case "ntile":
            try arity(1...1, arguments, star, function, range, usage: "ntile(4) over (order by …)")
            guard case .integer(let n) = arguments[0].kind, n >= 1 else {
                throw QueryError("ntile needs a whole number of buckets, 1 or more", hint: "ntile(4) over (order by …)",
                                 range: arguments[0].range)
            }
            window.function = .ntile(n)
            type = .integer
        case "lag", "lead":
            try arity(1...3, arguments, star, function, range, usage: "\(function)(x), \(function)(x, n) or \(function)(x, n, default)")
            var value = try bind(arguments[0], inner)
            var offset = 1
            if arguments.count > 1 {
                guard case .integer(let n) = arguments[1].kind else {
                    throw QueryError("\(function)'s offset must be a whole number", hint: "\(function)(x, 1)", range: arguments[1].range)
                }
                offset = n
            }
            var resultType = value.type
            if arguments.count > 2 {
                var fallback = try bind(arguments[2], inner)
                guard let common = ValueType.common(value.type, fallback.type) else { throw comparisonError(value, fallback) }
                resultType = common
                fallback = coerce(fallback, to: common)
                window.arguments = [coerce(value, to: common), fallback]
            } else {
                if value.type == .null { value = coerce(value, to: .integer) }
                window.arguments = [value]
            }
            window.function = .lag(function == "lag" ? offset : -offset)
            type = resultType == .null ? .integer : resultType
        case "first_value", "last_value":
            try arity(1...1, arguments, star, function, range, usage: "\(function)(x) over (order by …)")
            let value = try bind(arguments[0], inner)
            window.arguments = [value.type == .null ? coerce(value, to: .integer) : value]
            window.function = function == "first_value" ? .firstValue : .lastValue
            type = window.arguments[0].type
        default:
            guard FunctionCatalog.isAggregate(function) else {
                let known = Binder.windowFunctions + AggregateFunction.allCases.map(\.rawValue)
                let hint = Suggestions.closest(to: function, among: known).map { "did you mean '\($0)'?" }
                throw QueryError("'\(name)' is not a window function", hint: hint ?? "window functions: " + known.joined(separator: ", "),
                                 range: nameRange)
            }
            var aggregateContext = inner
            aggregateContext.allowsAggregates = true
            aggregateContext.insideAggregate = false
            aggregateContext.groupedWindow = context.allowsAggregates
            let bound = try bindCall(name, nameRange: nameRange, arguments: arguments, distinct: distinct, star: star,
                                     range: call.range, aggregateContext)
            guard case .aggregate(let aggregate) = bound.node else {
                throw QueryError("'\(name)' is not a window function", range: nameRange)
            }
            window.function = .aggregate(aggregate)
            type = bound.type
        }
        return BoundExpression(node: .window(window), type: type, range: range)
    }

    private func arity(
        _ allowed: ClosedRange<Int>, _ arguments: [ParsedExpression], _ star: Bool, _ name: String, _ range: SourceRange, usage: String
    ) throws(QueryError) {
        guard !star, allowed.contains(arguments.count) else {
            throw QueryError("\(name) takes \(allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)") argument\(allowed.upperBound == 1 ? "" : "s"), but got \(star ? 1 : arguments.count)",
                             hint: "usage: \(usage)", range: range)
        }
    }

    /// A window-only function called without `over`, or `prev`/`next`; nil for any other call.
    mutating func bindSpecialCall(
        _ name: String, nameRange: SourceRange, arguments: [ParsedExpression], range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression? {
        let function = name.lowercased()
        if Binder.windowFunctions.contains(function) {
            throw QueryError("\(function) is a window function: it needs 'over (…)'",
                             hint: "\(function)(\(function.hasSuffix("_value") || function == "lag" || function == "lead" ? "x" : function == "ntile" ? "4" : "")) over (partition by province order by requests.new desc)",
                             range: range)
        }
        guard function == "prev" || function == "next" else { return nil }
        guard arguments.count == 1 else {
            throw QueryError("\(function) takes 1 argument, but got \(arguments.count)", hint: "usage: \(function)(requests.new)", range: range)
        }
        if scope.kind == .joined {
            throw QueryError("\(function)() reads one table, not a join", hint: "the join itself can read the other year: p.requests.new",
                             range: range)
        }
        guard let agency = scope.resolve("agency"), let year = scope.resolve("year"), scope.types[year] == .integer else {
            throw QueryError("\(function)() needs the columns agency and year in its table", hint: "add agency and year to the view's select list",
                             range: range)
        }
        neighborKeys = (agency, year)
        let value = try bind(arguments[0], context.with(clause: function))
        return BoundExpression(node: .neighbor(value, offset: function == "prev" ? -1 : 1), type: value.type, range: range)
    }

    /// Replaces the window calls of the outputs and sort keys by the window stage's columns.
    mutating func finishWindows(_ bound: inout BoundQuery) throws(QueryError) {
        // One row without columns (`select rank() over ()`): the windows' columns come first.
        let inputWidth: Int
        if case .single = bound.source { inputWidth = 0 } else { inputWidth = scope.names.count }
        bound.windowBase = bound.aggregation.map { $0.keys.count + $0.aggregates.count } ?? inputWidth
        let base = bound.windowBase
        bound.outputs = bound.outputs.map { extractWindows($0, base: base) }
        for k in bound.orderBy.indices { bound.orderBy[k].expression = extractWindows(bound.orderBy[k].expression, base: base) }
        bound.windows = windows
    }

    private mutating func extractWindows(_ e: BoundExpression, base: Int) -> BoundExpression {
        if case .window(let call) = e.node {
            let index = windows.appendingIndex(of: call)
            return BoundExpression(node: .column(base + index), type: e.type, range: e.range)
        }
        return e.mapChildren { extractWindows($0, base: base) }
    }
}

extension Binder {
    /// Whether a query names a field (or a star) anywhere outside its subqueries: without `from`, a
    /// query that does not (`select 1 + 1`, `select year - null` does) reads one row instead of one
    /// per report. A select-list alias is not a field where the alias wins (group by, order by);
    /// in the select list, `where` and `having` a name that is a field is the field even when an
    /// item is aliased so (`select agency as agency`, `select year as agency` read every report).
    func namesAField(_ query: SelectQuery, _ items: [PreparedItem]) -> Bool {
        if items.contains(where: { $0.column != nil }) { return true }
        let fieldFirst = items.compactMap(\.expression) + [query.filter, query.having].compactMap { $0 }
        var stack = fieldFirst.map { ($0, false) } + (query.groupBy + query.orderBy.map(\.expression)).map { ($0, true) }
        while let (e, aliasWins) = stack.popLast() {
            if case .name(let name) = e.kind {
                if aliases[name] == nil || (!aliasWins && scope.resolve(name) != nil) { return true }
            }
            stack += e.children.map { ($0, aliasWins) }
        }
        return false
    }
}
