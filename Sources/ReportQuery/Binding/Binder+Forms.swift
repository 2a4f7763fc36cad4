import ReportModel

/// Binding of `case`, `cast`, date literals, `||` and an aggregate's `filter (where …)`.
extension Binder {
    /// `aggregate(…) filter (where condition)`: the aggregate reads only the rows where it is true.
    mutating func bindFiltered(
        _ call: ParsedExpression, condition: ParsedExpression, range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        guard case .call(let name, _, _, _, _) = call.kind, FunctionCatalog.isAggregate(name) else {
            throw QueryError("filter (where …) applies only to aggregate functions",
                             hint: "count(*) filter (where year = 2023)", range: call.range)
        }
        let bound = try bind(call, context)
        guard case .aggregate(var aggregate) = bound.node else {
            throw QueryError("filter (where …) applies only to aggregate functions", range: call.range)
        }
        var inner = context.with(clause: "filter")
        inner.allowsAggregates = false
        inner.insideAggregate = true
        aggregate.filter = try self.condition(condition, inner)
        return node(.aggregate(aggregate), bound.type, range)
    }

    /// `case when c then v … else e end`, or `case x when v then r … end` (x = v; null never matches).
    /// The values must share a type (integers and decimals mix as decimals); no else means else null.
    mutating func bindCase(
        _ operand: ParsedExpression?, _ branches: [CaseBranch], _ otherwise: ParsedExpression?, range: SourceRange,
        _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        let subject = try operand.map { (e: ParsedExpression) throws(QueryError) in try bind(e, context) }
        var conditions: [BoundExpression] = []
        var values: [BoundExpression] = []
        for branch in branches {
            if let subject {
                conditions.append(try compare(.equal, subject, try bind(branch.when, context), range: branch.when.range))
            } else {
                conditions.append(try condition(branch.when, context.with(clause: "when")))
            }
            values.append(try bind(branch.then, context))
        }
        if let otherwise { values.append(try bind(otherwise, context)) }
        var type = ValueType.null
        for value in values {
            guard let common = ValueType.common(type, value.type) else {
                let first = values.first { $0.type != .null }!
                throw QueryError("the results of 'case' must have one type, but '\(text.normalized(first.range))' is "
                                 + "\(first.type.phrase) and '\(text.normalized(value.range))' is \(value.type.phrase)",
                                 hint: "convert them to one type, e.g. with cast(… as text)",
                                 range: value.range)
            }
            type = common
        }
        if type == .null { return constant(.null, .null, range) }
        let fallback = otherwise == nil ? constant(.null, type, range) : coerce(values.removeLast(), to: type)
        let bound = zip(conditions, values).map { BoundCaseBranch(condition: $0, value: coerce($1, to: type)) }
        return node(.caseWhen(bound, otherwise: fallback), type, range)
    }

    /// `cast(x as type)` / `try_cast`. A constant converts now (so `cast('x' as integer)` fails before
    /// any row is read); the rules are `ValueConversion`'s.
    mutating func bindCast(
        _ operand: ParsedExpression, to target: CastTarget, typeRange: SourceRange, orNull: Bool, range: SourceRange,
        _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        let bound = try bind(operand, context)
        guard ValueConversion.allows(bound.type, to: target) else {
            throw QueryError("cannot cast \(bound.type.phrase) to a date", hint: "only text such as '2024-01-31' converts to a date",
                             range: typeRange)
        }
        let type = ValueConversion.type(of: target)
        if let value = bound.constantValue {
            guard let converted = ValueConversion.convert(value, to: target) else {
                if orNull { return constant(.null, type, range) }
                throw ValueConversion.failure(value, to: target, range: range)
            }
            return constant(converted, type, range)
        }
        if bound.type == type && target != .date { return BoundExpression(node: bound.node, type: type, range: range) }
        return node(.convert(bound, to: target, orNull: orNull), type, range)
    }

    /// `date 'YYYY-MM-DD'`: checked to be a real date, then the text `YYYY-MM-DD` (dates compare and
    /// sort as that text, which is their order in time).
    func bindDate(_ literal: String, range: SourceRange) throws(QueryError) -> BoundExpression {
        guard let date = ISODate(literal) else {
            throw QueryError("invalid date '\(literal)'", hint: "write a date as date 'YYYY-MM-DD', e.g. date '2024-01-31'",
                             range: range)
        }
        return constant(.text(date.text), .text, range)
    }

    /// `a || b`: both sides as text; null when either is null.
    mutating func bindConcatenation(
        _ left: ParsedExpression, _ right: ParsedExpression, range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        let a = try bind(left, context), b = try bind(right, context)
        if a.type == .null || b.type == .null { return constant(.null, .text, range) }
        return node(.function(.concatOperator, [asText(a), asText(b)]), .text, range)
    }

    /// A value converted to text for concatenation (numbers and true/false as the shell shows them).
    func asText(_ e: BoundExpression) -> BoundExpression {
        switch e.type {
        case .text: return e
        case .null: return constant(.null, .text, e.range)
        default: return node(.convert(e, to: .text, orNull: false), .text, e.range)
        }
    }
}
