import ReportModel

extension Binder {
    /// A function call: aggregates (only where the context allows them) and row functions.
    mutating func bindCall(
        _ name: String, nameRange: SourceRange, arguments: [ParsedExpression], distinct: Bool, star: Bool,
        range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        guard let entry = FunctionCatalog.lookup(name) else {
            var hint = Suggestions.closest(to: name, among: FunctionCatalog.names).map { "did you mean '\($0)'?" }
            if hint == nil, scope.resolve(name) != nil { hint = "'\(name)' is a field, not a function" }
            throw QueryError("unknown function '\(name)'", hint: hint ?? "functions: " + FunctionCatalog.names.joined(separator: ", "),
                             range: nameRange)
        }
        let function = name.lowercased()
        let (arity, usage) = FunctionCatalog.signature(entry)
        if star && entry != .aggregate(.count) {
            throw QueryError("'*' is only allowed in count(*)", hint: "usage: \(usage)", range: range)
        }
        if distinct && entry != .aggregate(.count) {
            throw QueryError("distinct is only supported in count(distinct x)", hint: "usage: \(usage)", range: range)
        }
        let count = star ? 1 : arguments.count
        guard arity.contains(count) else {
            // Too many for a function of many arguments (coalesce) is "at most", not "at least".
            let bound = count > arity.upperBound ? arity.upperBound : arity.lowerBound
            let expected = arity.lowerBound == arity.upperBound ? "\(bound)"
                : count > arity.upperBound && arity.upperBound > 8 ? "at most \(bound)"
                : arity.upperBound > 8 ? "at least \(bound)" : "\(arity.lowerBound) or \(arity.upperBound)"
            let noun = expected.hasSuffix(" 1") || expected == "1" ? "argument" : "arguments"
            throw QueryError("\(function) takes \(expected) \(noun), but got \(count)", hint: "usage: \(usage)", range: range)
        }
        switch entry {
        case .aggregate(let aggregate):
            return try bindAggregate(aggregate, arguments: arguments, distinct: distinct, range: range, context)
        case .scalar(let scalar):
            return try bindScalar(scalar, arguments: arguments, range: range, context)
        }
    }

    private mutating func bindAggregate(
        _ function: AggregateFunction, arguments: [ParsedExpression], distinct: Bool, range: SourceRange,
        _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        guard context.allowsAggregates else {
            if context.insideAggregate {
                throw QueryError("aggregate functions cannot be nested", range: range)
            }
            let hint = context.clause == "where" ? "filter groups with 'having'" : nil
            throw QueryError("aggregate function '\(function.rawValue)' is not allowed in \(context.clause)", hint: hint,
                             range: range)
        }
        var inner = context.with(clause: function.rawValue)
        inner.allowsAggregates = context.groupedWindow
        inner.insideAggregate = !context.groupedWindow
        inner.groupedWindow = false
        var argument = try arguments.first.map { (e: ParsedExpression) throws(QueryError) in try bind(e, inner) }
        var fraction = 0.5
        let type: ValueType
        switch function {
        case .count:
            type = .integer
        case .sum:
            argument = try argument.map { (e: BoundExpression) throws(QueryError) in try numeric(e, for: "sum", expected: "a number") }
            type = argument?.type == .decimal ? .decimal : .integer
        case .avg, .median, .percentile:
            // avg of true/false is the share of true among the non-null values (true counts 1).
            if function == .avg, let e = argument, e.type == .bool { argument = node(.convert(e, to: .integer, orNull: false), .integer, e.range) }
            argument = try argument.map { (e: BoundExpression) throws(QueryError) in
                try numeric(e, for: function.rawValue, expected: "a number")
            }
            type = .decimal
            if function == .percentile { fraction = try percentileFraction(arguments[1], inner) }
        case .min, .max:
            type = argument?.type ?? .null
        }
        if let bound = argument, bound.type == .null, function != .count {
            argument = coerce(bound, to: type == .null ? .integer : type)
        }
        let call = AggregateCall(function: function, argument: argument, distinct: distinct, fraction: fraction)
        return BoundExpression(node: .aggregate(call), type: type, range: range)
    }

    /// percentile's p: a constant from 0 to 100 (a fraction such as 0.9 is refused rather than read as 0.9 %).
    private mutating func percentileFraction(_ expression: ParsedExpression, _ context: ExpressionContext) throws(QueryError) -> Double {
        let bound = try bind(expression, context)
        let p = bound.constantValue?.doubleValue
        guard let p, p >= 0, p <= 100 else {
            throw QueryError("percentile needs a constant p from 0 to 100", hint: "percentile(requests.new, 90)",
                             range: bound.range)
        }
        if p > 0 && p < 1 && p != p.rounded() {
            throw QueryError("percentile takes p from 0 to 100, not a fraction",
                             hint: "did you mean percentile(…, \(Value.format(decimal: p * 100)))?", range: bound.range)
        }
        return p / 100
    }

    private mutating func bindScalar(
        _ function: ScalarFunction, arguments: [ParsedExpression], range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        if function == .source { return try bindSource(arguments[0], range: range) }
        var bound: [BoundExpression] = []
        for argument in arguments { bound.append(try bind(argument, context)) }
        let name = function.rawValue
        switch function {
        case .ratio:
            let a = try numeric(bound[0], for: name, expected: "numbers")
            let b = try numeric(bound[1], for: name, expected: "numbers")
            if a.type == .null || b.type == .null { return constant(.null, .decimal, range) }
            return node(.function(.ratio, [coerce(a, to: .decimal), coerce(b, to: .decimal)]), .decimal, range)
        case .coalesce:
            let type = try commonType(of: bound, for: name)
            return node(.function(.coalesce, bound.map { coerce($0, to: type) }), type, range)
        case .round:
            let value = try numeric(bound[0], for: name, expected: "a number")
            let digits = bound.count > 1 ? bound[1] : constant(.integer(0), .integer, range)
            guard digits.type == .integer || digits.type == .null else {
                throw typeError("round's second argument", expected: "a whole number of digits", digits)
            }
            if value.type == .null { return constant(.null, .null, range) }
            return node(.function(.round, [value, coerce(digits, to: .integer)]), value.type, range)
        case .abs:
            let value = try numeric(bound[0], for: name, expected: "a number")
            if value.type == .null { return constant(.null, .null, range) }
            return node(.function(.abs, [value]), value.type, range)
        case .length:
            guard bound[0].type == .text || bound[0].type == .null else {
                throw typeError(name, expected: "text", bound[0])
            }
            return node(.function(.length, [coerce(bound[0], to: .text)]), .integer, range)
        case .source:
            preconditionFailure("handled above")
        case .nullif, .greatest, .least, .concat, .concatOperator, .substr, .replace, .lower, .upper, .trim, .ltrim,
             .rtrim, .instr, .year, .month, .day, .dateDiff:
            return try bindMore(function, bound, range: range)
        }
    }

    /// The one type the arguments of coalesce, greatest or least convert to (integers and decimals mix).
    func commonType(of arguments: [BoundExpression], for function: String) throws(QueryError) -> ValueType {
        var type = ValueType.null
        for argument in arguments {
            guard let common = ValueType.common(type, argument.type) else {
                throw QueryError("\(function) needs values of one type, but '\(text.normalized(argument.range))' is \(argument.type.phrase)",
                                 hint: "all arguments must be numbers, all text, or all true/false", range: argument.range)
            }
            type = common
        }
        return type
    }

    /// `source(field)`: the provenance of a corpus field's value; in a join, of a field of one of its
    /// `reports` tables, named as elsewhere (`source(p.requests.new.total)`).
    private func bindSource(_ argument: ParsedExpression, range: SourceRange) throws(QueryError) -> BoundExpression {
        guard case .name(let name) = argument.kind else {
            throw QueryError("source() needs a field name", hint: "source(requests.new)", range: argument.range)
        }
        let view = QueryError("source() reads the reports, but '\(name)' is a column of a view",
                              hint: "select source(\(name)) in the view's own query", range: argument.range)
        guard scope.isCorpus || scope.kind == .joined else { throw view }
        guard let column = try scope.column(name, range: argument.range) else {
            throw scope.unknownName(name, range: argument.range, resultNames: [])
        }
        if scope.kind == .joined, scope.relations.last(where: { $0.offset <= column })?.scope.isCorpus != true { throw view }
        return node(.source(column), .text, range)
    }

    func node(_ node: BoundExpression.Node, _ type: ValueType, _ range: SourceRange) -> BoundExpression {
        BoundExpression(node: node, type: type, range: range)
    }
}
