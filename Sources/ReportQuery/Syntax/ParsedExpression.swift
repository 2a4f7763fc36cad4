/// The operators of binary expressions, as written.
enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or
    /// `~`: the left text contains the right text.
    case contains = "~"
    /// `||`: text concatenation (null if either side is null).
    case concat = "||"

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    var isArithmetic: Bool { self == .add || self == .subtract || self == .multiply || self == .divide }
}

/// One `when … then …` of a `case` expression.
struct CaseBranch: Sendable, Hashable {
    var when: ParsedExpression
    var then: ParsedExpression
}

/// The type named in `cast(x as TYPE)`.
enum CastTarget: String, Sendable, Hashable {
    case integer, decimal, text, bool, date

    /// The type names SQL users write, by lowercased name (`int`, `varchar`, `boolean`, `double` …).
    static func named(_ name: String) -> CastTarget? {
        switch name.lowercased() {
        case "integer", "int", "bigint", "smallint", "int64", "int4", "int8", "long": return .integer
        case "decimal", "numeric", "double", "real", "float", "float8", "float4": return .decimal
        case "text", "varchar", "string", "char", "character": return .text
        case "bool", "boolean", "logical": return .bool
        case "date": return .date
        default: return nil
        }
    }
}

/// An expression as parsed, with the span of its text. Names are not resolved yet (the binder does).
struct ParsedExpression: Sendable, Hashable {
    indirect enum Kind: Sendable, Hashable {
        case integer(Int)
        case decimal(Double)
        case string(String)
        case bool(Bool)
        case null
        /// A field, alias or view column name; `nameRange` is the name itself.
        case name(String)
        case negate(ParsedExpression)
        case not(ParsedExpression)
        case binary(BinaryOperator, ParsedExpression, ParsedExpression)
        case isNull(ParsedExpression, negated: Bool)
        case inList(ParsedExpression, [ParsedExpression], negated: Bool)
        case between(ParsedExpression, low: ParsedExpression, high: ParsedExpression, negated: Bool)
        case like(ParsedExpression, pattern: ParsedExpression, negated: Bool)
        /// `name(args)`, `count(*)` (`star`), `count(distinct x)`.
        case call(name: String, nameRange: SourceRange, arguments: [ParsedExpression], distinct: Bool, star: Bool)
        /// `aggregate(…) filter (where condition)`: the call and its condition.
        case filtered(ParsedExpression, condition: ParsedExpression)
        /// `case [operand] when … then … [else …] end` (`operand` for the simple form).
        case caseWhen(operand: ParsedExpression?, branches: [CaseBranch], otherwise: ParsedExpression?)
        /// `cast(x as type)`, `x::type`; `orNull` for `try_cast`, which gives null where cast fails.
        case cast(ParsedExpression, to: CastTarget, typeRange: SourceRange, orNull: Bool)
        /// `date 'YYYY-MM-DD'`, the literal's text as written (the binder checks it).
        case date(String)
        /// `(select …)` as a value: one column, at most one row.
        case subquery(SelectQuery)
        /// `exists (select …)`.
        case exists(SelectQuery)
        /// `x [not] in (select …)`.
        case inQuery(ParsedExpression, SelectQuery, negated: Bool)
        /// `f(args) over (…)`: the call (a `.call`) and its window.
        case window(ParsedExpression, WindowSpec)
    }

    var kind: Kind
    var range: SourceRange
    /// Nesting depth of the tree below this node (1 for a leaf), to refuse trees too deep to evaluate.
    var depth: Int

    init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
        depth = 1 + ParsedExpression.children(of: kind).map(\.depth).max().unwrapped(or: 0)
    }

    var children: [ParsedExpression] { ParsedExpression.children(of: kind) }

    private static func children(of kind: Kind) -> [ParsedExpression] {
        switch kind {
        case .integer, .decimal, .string, .bool, .null, .name: return []
        case .negate(let e), .not(let e), .isNull(let e, _): return [e]
        case .binary(_, let a, let b): return [a, b]
        case .inList(let e, let list, _): return [e] + list
        case .between(let e, let low, let high, _): return [e, low, high]
        case .like(let e, let pattern, _): return [e, pattern]
        case .call(_, _, let arguments, _, _): return arguments
        case .filtered(let call, let condition): return [call, condition]
        case .caseWhen(let operand, let branches, let otherwise):
            return (operand.map { [$0] } ?? []) + branches.flatMap { [$0.when, $0.then] } + (otherwise.map { [$0] } ?? [])
        case .cast(let e, _, _, _): return [e]
        case .date: return []
        case .subquery, .exists: return []
        case .inQuery(let e, _, _): return [e]
        case .window(let call, let spec): return [call] + spec.partitionBy + spec.orderBy.map(\.expression)
        }
    }
}

/// `over ([partition by …] [order by …] [rows between … and …])`.
struct WindowSpec: Sendable, Hashable {
    var partitionBy: [ParsedExpression]
    var orderBy: [OrderItem]
    var frame: WindowFrame?
}

/// `rows between START and END` (`rows START` means `between START and current row`).
struct WindowFrame: Sendable, Hashable {
    enum Bound: Sendable, Hashable {
        case unboundedPreceding, preceding(Int), currentRow, following(Int), unboundedFollowing
    }

    var start: Bound
    var end: Bound
    var range: SourceRange
}

extension Optional {
    func unwrapped(or fallback: Wrapped) -> Wrapped { self ?? fallback }
}
