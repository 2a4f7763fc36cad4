import ReportModel

/// The type of a bound expression: a field type, or `null` for an expression that is always null
/// and has no type of its own (the literal `null`, `coalesce(null)`); it fits wherever a value does.
enum ValueType: String, Sendable, Hashable {
    case integer, decimal, text, bool, null

    init(_ type: FieldType) {
        switch type {
        case .integer: self = .integer
        case .decimal: self = .decimal
        case .text: self = .text
        case .bool: self = .bool
        }
    }

    /// The result column type (nil for `null`).
    var fieldType: FieldType? {
        switch self {
        case .integer: return .integer
        case .decimal: return .decimal
        case .text: return .text
        case .bool: return .bool
        case .null: return nil
        }
    }

    var isNumeric: Bool { self == .integer || self == .decimal }

    /// The type both sides of an operator convert to (integer with decimal gives decimal; null fits
    /// anything), or nil when they cannot be mixed.
    static func common(_ a: ValueType, _ b: ValueType) -> ValueType? {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        if a.isNumeric && b.isNumeric { return .decimal }
        return nil
    }

    /// How the type reads after "is" in messages: "an integer", "text" …
    var phrase: String {
        switch self {
        case .integer: return "an integer"
        case .decimal: return "a decimal"
        case .text: return "text"
        case .bool: return "true/false"
        case .null: return "null"
        }
    }
}
