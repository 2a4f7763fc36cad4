import ReportModel

extension Binder {
    /// Binds a parsed expression: resolves names, checks operand types, converts mixed numbers to
    /// decimal and folds operators on a literal null into a typed null.
    mutating func bind(_ expression: ParsedExpression, _ context: ExpressionContext) throws(QueryError) -> BoundExpression {
        let range = expression.range
        switch expression.kind {
        case .integer(let v): return constant(.integer(v), .integer, range)
        case .decimal(let v): return constant(.decimal(v), .decimal, range)
        case .string(let v): return constant(.text(v), .text, range)
        case .bool(let v): return constant(.bool(v), .bool, range)
        case .null: return constant(.null, .null, range)
        case .name(let name): return try bindName(name, range: range, context)
        case .negate(let operand):
            let bound = try numeric(bind(operand, context), for: "'-'", expected: "a number")
            if case .constant(.integer(let v)) = bound.node, v != Int.min { return constant(.integer(-v), .integer, range) }
            if case .constant(.decimal(let v)) = bound.node { return constant(.decimal(-v), .decimal, range) }
            if bound.type == .null { return constant(.null, .null, range) }
            return BoundExpression(node: .negate(bound), type: bound.type, range: range)
        case .not(let operand):
            let bound = try condition(operand, context.with(clause: "not"))
            return BoundExpression(node: .not(bound), type: .bool, range: range)
        case .binary(let op, let left, let right):
            return try bindBinary(op, left, right, range: range, context)
        case .isNull(let operand, let negated):
            let bound = try bind(operand, context)
            return BoundExpression(node: .isNull(bound, negated: negated), type: .bool, range: range)
        case .inList(let operand, let list, let negated):
            let bound = try bindIn(operand, list, range: range, context)
            return negated ? BoundExpression(node: .not(bound), type: .bool, range: range) : bound
        case .between(let operand, let low, let high, let negated):
            let value = try bind(operand, context)
            let lower = try compare(.greaterEqual, value, try bind(low, context), range: range)
            let upper = try compare(.lessEqual, value, try bind(high, context), range: range)
            let both = BoundExpression(node: .and(lower, upper), type: .bool, range: range)
            return negated ? BoundExpression(node: .not(both), type: .bool, range: range) : both
        case .like(let operand, let pattern, let negated):
            let bound = try textOperation(operand, pattern, symbol: "like", range: range, context) { .like($0, $1) }
            return negated ? BoundExpression(node: .not(bound), type: .bool, range: range) : bound
        case .subquery, .exists, .inQuery:
            return try bindSubquery(expression, context)!
        case .window(let call, let spec):
            return try bindWindow(call, spec, range: range, context)
        case .call(let name, let nameRange, let arguments, let distinct, let star):
            if let special = try bindSpecialCall(name, nameRange: nameRange, arguments: arguments, range: range, context) {
                return special
            }
            return try bindCall(name, nameRange: nameRange, arguments: arguments, distinct: distinct, star: star,
                                range: range, context)
        case .filtered(let call, let condition):
            return try bindFiltered(call, condition: condition, range: range, context)
        case .caseWhen(let operand, let branches, let otherwise):
            return try bindCase(operand, branches, otherwise, range: range, context)
        case .cast(let operand, let target, let typeRange, let orNull):
            return try bindCast(operand, to: target, typeRange: typeRange, orNull: orNull, range: range, context)
        case .date(let literal):
            return try bindDate(literal, range: range)
        }
    }

    func constant(_ value: Value, _ type: ValueType, _ range: SourceRange) -> BoundExpression {
        BoundExpression(node: .constant(value), type: type, range: range)
    }

    /// A name: a select alias (first in order by / group by, as a fallback elsewhere) or a column.
    private mutating func bindName(_ name: String, range: SourceRange, _ context: ExpressionContext) throws(QueryError) -> BoundExpression {
        if context.aliasesFirst, let bound = try bindAlias(name, context) { return bound }
        if let column = try scope.column(name, range: range) {
            return BoundExpression(node: .column(column), type: scope.types[column], range: range)
        }
        if let bound = try bindAlias(name, context) { return bound }
        throw scope.unknownName(name, range: range, resultNames: resultNames)
    }

    private mutating func bindAlias(_ name: String, _ context: ExpressionContext) throws(QueryError) -> BoundExpression? {
        guard let expression = aliases[name], !context.expanding.contains(name) else { return nil }
        var inner = context
        inner.expanding.insert(name)
        return try bind(expression, inner)
    }

    /// Converts to `type`: integer → decimal, or a typeless null to any type. Constants fold.
    func coerce(_ e: BoundExpression, to type: ValueType) -> BoundExpression {
        if e.type == type { return e }
        switch e.node {
        case .constant(.null): return constant(.null, type, e.range)
        case .constant(.integer(let v)) where type == .decimal: return constant(.decimal(Double(v)), .decimal, e.range)
        default: return BoundExpression(node: .cast(e), type: type, range: e.range)
        }
    }

    /// Checks that an operand is a number (or null).
    func numeric(_ e: BoundExpression, for what: String, expected: String) throws(QueryError) -> BoundExpression {
        guard e.type.isNumeric || e.type == .null else {
            var error = typeError(what, expected: expected, e)
            if e.type == .bool { error.hint = "true/false become 1/0 with cast(\(text.normalized(e.range)) as integer)" }
            throw error
        }
        return e
    }

    func typeError(_ what: String, expected: String, _ operand: BoundExpression) -> QueryError {
        QueryError("\(what) needs \(expected), but '\(text.normalized(operand.range))' is \(operand.type.phrase)",
                   range: operand.range)
    }

    private mutating func bindBinary(
        _ op: BinaryOperator, _ left: ParsedExpression, _ right: ParsedExpression, range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        switch op {
        case .and, .or:
            let inner = context.with(clause: op.rawValue)
            let a = try condition(left, inner)
            let b = try condition(right, inner)
            return BoundExpression(node: op == .and ? .and(a, b) : .or(a, b), type: .bool, range: range)
        case .contains:
            return try textOperation(left, right, symbol: "~", range: range, context) { .contains($0, $1) }
        case .concat:
            return try bindConcatenation(left, right, range: range, context)
        case .add, .subtract, .multiply, .divide:
            let a = try numeric(bind(left, context), for: "'\(op.rawValue)'", expected: "numbers")
            let b = try numeric(bind(right, context), for: "'\(op.rawValue)'", expected: "numbers")
            var type = ValueType.common(a.type, b.type) ?? .decimal
            if op == .divide && type != .null { type = .decimal }
            if a.constantValue == .null || b.constantValue == .null { return constant(.null, type, range) }
            let arithmetic: ArithmeticOperator = op == .add ? .add : op == .subtract ? .subtract : op == .multiply ? .multiply : .divide
            return BoundExpression(node: .arithmetic(arithmetic, coerce(a, to: type), coerce(b, to: type)), type: type,
                                   range: range)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let comparison: ComparisonOperator
            switch op {
            case .equal: comparison = .equal
            case .notEqual: comparison = .notEqual
            case .less: comparison = .less
            case .lessEqual: comparison = .lessEqual
            case .greater: comparison = .greater
            default: comparison = .greaterEqual
            }
            return try compare(comparison, try bind(left, context), try bind(right, context), range: range)
        }
    }

    /// A comparison of two bound operands of compatible types.
    func compare(_ op: ComparisonOperator, _ a: BoundExpression, _ b: BoundExpression, range: SourceRange) throws(QueryError) -> BoundExpression {
        let (a, b) = op == .equal || op == .notEqual ? (naming(a, comparedWith: b), naming(b, comparedWith: a)) : (a, b)
        guard let type = ValueType.common(a.type, b.type) else { throw comparisonError(a, b) }
        if type == .null || a.constantValue == .null || b.constantValue == .null { return constant(.null, .bool, range) }
        return BoundExpression(node: .compare(op, coerce(a, to: type), coerce(b, to: type)), type: .bool, range: range)
    }

    /// "cannot compare 'year' (integer) with '二〇二二' (text)", at the operand that looks wrong: the
    /// literal if only one side is one, else the right side.
    func comparisonError(_ a: BoundExpression, _ b: BoundExpression) -> QueryError {
        let offending = a.isConstant && !b.isConstant ? a : b
        let other = offending.range == a.range ? b : a
        var hint: String?
        if case .constant(.text(let literal)) = offending.node, other.type.isNumeric, Double(literal) != nil {
            hint = "write the number without quotes: \(literal)"
        } else {
            hint = "both sides must be numbers, both text, or both true/false"
        }
        return QueryError("cannot compare '\(text.normalized(a.range))' (\(a.type.rawValue)) with '\(text.normalized(b.range))' (\(b.type.rawValue))",
                          hint: hint, range: offending.range)
    }

    /// `~` and `like`: text on both sides.
    private mutating func textOperation(
        _ left: ParsedExpression, _ right: ParsedExpression, symbol: String, range: SourceRange, _ context: ExpressionContext,
        _ make: (BoundExpression, BoundExpression) -> BoundExpression.Node
    ) throws(QueryError) -> BoundExpression {
        let a = try bind(left, context)
        let b = try bind(right, context)
        for operand in [a, b] where operand.type != .text && operand.type != .null {
            throw typeError("'\(symbol)'", expected: "text", operand)
        }
        if a.constantValue == .null || b.constantValue == .null || a.type == .null || b.type == .null {
            return constant(.null, .bool, range)
        }
        return BoundExpression(node: make(a, b), type: .bool, range: range)
    }

    /// `x in (…)`: a set lookup when the list is constant, else `x = a or x = b …`.
    private mutating func bindIn(
        _ operand: ParsedExpression, _ list: [ParsedExpression], range: SourceRange, _ context: ExpressionContext
    ) throws(QueryError) -> BoundExpression {
        let value = try bind(operand, context)
        var items: [BoundExpression] = []
        var type = value.type
        for item in list {
            let bound = naming(try bind(item, context), comparedWith: value)
            guard let common = ValueType.common(type, bound.type) else { throw comparisonError(value, bound) }
            type = common
            items.append(bound)
        }
        if type == .null || value.constantValue == .null { return constant(.null, .bool, range) }
        let converted = items.map { coerce($0, to: type) }
        if converted.allSatisfy(\.isConstant) {
            let values = converted.compactMap(\.constantValue)
            return BoundExpression(node: .inList(coerce(value, to: type), values.filter { !$0.isNull },
                                                 hasNull: values.contains(.null)), type: .bool, range: range)
        }
        var result = try compare(.equal, value, items[0], range: range)
        for item in items.dropFirst() {
            result = BoundExpression(node: .or(result, try compare(.equal, value, item, range: range)), type: .bool,
                                     range: range)
        }
        return result
    }
}

extension ExpressionContext {
    func with(clause: String) -> ExpressionContext {
        var copy = self
        copy.clause = clause
        return copy
    }
}
