/// The types a field or a result column can have. Every value of every type may be null.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case integer
    case decimal
    case text
    case bool

    /// Integer and decimal values can be added, compared and aggregated together.
    public var isNumeric: Bool { self == .integer || self == .decimal }
}

/// One typed value of a report field or a result cell. `null` means "the text does not state it":
/// it is never the same as 0.
public enum Value: Sendable, Hashable {
    case null
    case integer(Int)
    case decimal(Double)
    case text(String)
    case bool(Bool)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The type of a non-null value; `nil` for null.
    public var type: FieldType? {
        switch self {
        case .null: return nil
        case .integer: return .integer
        case .decimal: return .decimal
        case .text: return .text
        case .bool: return .bool
        }
    }

    public var intValue: Int? {
        if case .integer(let v) = self { return v }
        return nil
    }

    /// Integer or decimal, as a Double.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .decimal(let v): return v
        default: return nil
        }
    }

    public var textValue: String? {
        if case .text(let v) = self { return v }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let v) = self { return v }
        return nil
    }
}

extension Value: CustomStringConvertible {
    /// A plain rendering: null as `null`, decimals without trailing zeros. Renderers format for display.
    public var description: String {
        switch self {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .decimal(let v): return Value.format(decimal: v)
        case .text(let v): return v
        case .bool(let v): return v ? "true" : "false"
        }
    }

    /// Shortest round-tripping text of a decimal; integral values keep no fraction (`12`, `0.25`).
    public static func format(decimal v: Double) -> String {
        if v.isNaN || v.isInfinite { return String(v) }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}
