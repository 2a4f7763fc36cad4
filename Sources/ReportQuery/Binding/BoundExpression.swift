import ReportModel

/// Arithmetic on operands of one type (the binder converts integer operands of mixed or `/`
/// arithmetic to decimal).
enum ArithmeticOperator: Sendable, Hashable { case add, subtract, multiply, divide }

/// Comparison of operands of one type.
enum ComparisonOperator: Sendable, Hashable { case equal, notEqual, less, lessEqual, greater, greaterEqual }

/// An aggregate as called: the function, its bound argument (nil for `count(*)`), `distinct`, and the
/// fraction for percentile (0…1).
struct AggregateCall: Sendable, Hashable {
    var function: AggregateFunction
    var argument: BoundExpression?
    var distinct: Bool
    var fraction: Double
    /// `filter (where …)`: only the rows where this is true are aggregated.
    var filter: BoundExpression? = nil
}

/// One `when condition then value` of a bound `case` (the simple form compares with `=`).
struct BoundCaseBranch: Sendable, Hashable {
    var condition: BoundExpression
    var value: BoundExpression
}

/// An expression with its names resolved to column indices and its type known. Two bound expressions
/// are equal when they compute the same thing, wherever they were written (the range is ignored), so
/// `select 年度 … group by year` matches.
struct BoundExpression: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        /// A column of the input table (a field id for the corpus).
        case column(Int)
        case constant(Value)
        /// Conversion to the node's type: integer → decimal, or a typeless null to any type.
        case cast(BoundExpression)
        case negate(BoundExpression)
        case arithmetic(ArithmeticOperator, BoundExpression, BoundExpression)
        case compare(ComparisonOperator, BoundExpression, BoundExpression)
        case and(BoundExpression, BoundExpression)
        case or(BoundExpression, BoundExpression)
        case not(BoundExpression)
        case isNull(BoundExpression, negated: Bool)
        /// Membership in a list of constants of the operand's type; `hasNull` when the list holds null.
        case inList(BoundExpression, [Value], hasNull: Bool)
        case like(BoundExpression, BoundExpression)
        case contains(BoundExpression, BoundExpression)
        case function(ScalarFunction, [BoundExpression])
        /// The first branch whose condition is true gives the value, else `otherwise`; a branch's
        /// value is evaluated only for the rows that take it.
        case caseWhen([BoundCaseBranch], otherwise: BoundExpression)
        /// `cast(x as target)` to the node's type (`ValueRules.convert`); `orNull` (try_cast) gives null
        /// where the conversion fails instead of an error.
        case convert(BoundExpression, to: CastTarget, orNull: Bool)
        /// The provenance text of a corpus field (`source(x)`).
        case source(Int)
        /// An aggregate; present only while a grouped query is being bound.
        case aggregate(AggregateCall)
        /// Executor only (see `DictionaryPlan`): a dictionary-encoded field's codes, its values'
        /// text-order ranks, or a value precomputed for each of its distinct values (lookup slot).
        case dictionaryCodes(Int)
        case dictionaryRanks(Int)
        case dictionaryLookup(Int, slot: Int)
        /// A subquery's one value (at most one row), run once before the query (`(select …)`).
        case subquery(BoundSubquery)
        /// Whether a subquery has a row (`exists (select …)`).
        case exists(BoundSubquery)
        /// Membership in a subquery's one column (`x in (select …)`), of the operand's type.
        case inSubquery(BoundExpression, BoundSubquery)
        /// A window function; present only while a query is being bound (then a column of the window stage).
        case window(WindowCall)
        /// The expression's value in the same body's report of the year `offset` away (`prev`, `next`).
        case neighbor(BoundExpression, offset: Int)
    }

    var node: Node
    var type: ValueType
    var range: SourceRange

    static func == (a: BoundExpression, b: BoundExpression) -> Bool { a.type == b.type && a.node == b.node }

    func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(node)
    }

    var isConstant: Bool {
        if case .constant = node { return true }
        return false
    }

    var constantValue: Value? {
        if case .constant(let v) = node { return v }
        return nil
    }

    /// Whether an aggregate occurs anywhere in the tree.
    var containsAggregate: Bool {
        if case .aggregate = node { return true }
        return children.contains { $0.containsAggregate }
    }

    var children: [BoundExpression] {
        switch node {
        case .column, .constant, .source, .dictionaryCodes, .dictionaryRanks, .dictionaryLookup, .subquery, .exists: return []
        case .aggregate(let call): return call.argument.map { [$0] } ?? []
        case .window(let call): return call.expressions
        case .cast(let e), .negate(let e), .not(let e), .isNull(let e, _), .inList(let e, _, _), .inSubquery(let e, _),
             .neighbor(let e, _):
            return [e]
        case .arithmetic(_, let a, let b), .compare(_, let a, let b), .and(let a, let b), .or(let a, let b),
             .like(let a, let b), .contains(let a, let b):
            return [a, b]
        case .function(_, let arguments): return arguments
        case .caseWhen(let branches, let otherwise): return branches.flatMap { [$0.condition, $0.value] } + [otherwise]
        case .convert(let e, _, _): return [e]
        }
    }

    /// The same node with its direct children transformed (aggregate arguments are left alone).
    func mapChildren<E: Error>(_ transform: (BoundExpression) throws(E) -> BoundExpression) throws(E) -> BoundExpression {
        var copy = self
        switch node {
        case .column, .constant, .source, .aggregate, .dictionaryCodes, .dictionaryRanks, .dictionaryLookup, .subquery, .exists,
             .window:
            return self
        case .inSubquery(let e, let query): copy.node = .inSubquery(try transform(e), query)
        case .neighbor(let e, let offset): copy.node = .neighbor(try transform(e), offset: offset)
        case .cast(let e): copy.node = .cast(try transform(e))
        case .negate(let e): copy.node = .negate(try transform(e))
        case .not(let e): copy.node = .not(try transform(e))
        case .isNull(let e, let negated): copy.node = .isNull(try transform(e), negated: negated)
        case .inList(let e, let values, let hasNull): copy.node = .inList(try transform(e), values, hasNull: hasNull)
        case .arithmetic(let op, let a, let b): copy.node = .arithmetic(op, try transform(a), try transform(b))
        case .compare(let op, let a, let b): copy.node = .compare(op, try transform(a), try transform(b))
        case .and(let a, let b): copy.node = .and(try transform(a), try transform(b))
        case .or(let a, let b): copy.node = .or(try transform(a), try transform(b))
        case .like(let a, let b): copy.node = .like(try transform(a), try transform(b))
        case .contains(let a, let b): copy.node = .contains(try transform(a), try transform(b))
        case .function(let f, let arguments):
            var mapped: [BoundExpression] = []
            for argument in arguments { mapped.append(try transform(argument)) }
            copy.node = .function(f, mapped)
        case .caseWhen(let branches, let otherwise):
            var mapped: [BoundCaseBranch] = []
            for branch in branches {
                mapped.append(BoundCaseBranch(condition: try transform(branch.condition), value: try transform(branch.value)))
            }
            copy.node = .caseWhen(mapped, otherwise: try transform(otherwise))
        case .convert(let e, let target, let orNull): copy.node = .convert(try transform(e), to: target, orNull: orNull)
        }
        return copy
    }
}
