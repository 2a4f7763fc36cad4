import ReportModel

/// `cast(x as type)`: the one place that decides how a value converts, as DuckDB and PostgreSQL do.
///
/// - to integer: a decimal rounds half away from zero (2.5 → 3, -2.5 → -3, as DuckDB's and
///   PostgreSQL's decimals; SQLite truncates instead); true/false give 1/0; text is read as a number
///   after trimming spaces (`' 12 '`, `'12.7'` → 13, `'1e3'`).
/// - to decimal: numbers as they are, true/false as 1/0, text read as a number.
/// - to text: numbers as the shell shows them (`2.5`, `3`), true/false as `true`/`false`.
/// - to bool: a number is true unless it is 0; text `true t yes y 1` / `false f no n 0` (any case).
/// - to date: text `YYYY-MM-DD` (month and day may have one digit) that is a real calendar date,
///   written back as `YYYY-MM-DD`.
///
/// Null converts to null. A value that does not convert is a failure: `cast` reports it as an error
/// naming the value, `try_cast` gives null.
enum ValueConversion {
    /// The result type of a conversion.
    static func type(of target: CastTarget) -> ValueType {
        switch target {
        case .integer: return .integer
        case .decimal: return .decimal
        case .text, .date: return .text
        case .bool: return .bool
        }
    }

    /// Whether a value of `type` may be converted to `target` at all (checked when binding).
    static func allows(_ type: ValueType, to target: CastTarget) -> Bool {
        target != .date || type == .text || type == .null
    }

    /// The converted value; nil when the value does not convert.
    static func convert(_ value: Value, to target: CastTarget) -> Value? {
        switch (value, target) {
        case (.null, _): return .null
        case (.integer, .integer), (.decimal, .decimal), (.text, .text), (.bool, .bool): return value
        case (.decimal(let v), .integer): return integer(v).map(Value.integer)
        case (.integer(let v), .decimal): return .decimal(Double(v))
        case (.bool(let v), .integer): return .integer(v ? 1 : 0)
        case (.bool(let v), .decimal): return .decimal(v ? 1 : 0)
        case (.integer(let v), .bool): return .bool(v != 0)
        case (.decimal(let v), .bool): return .bool(v != 0)
        case (.integer, .text), (.decimal, .text), (.bool, .text): return .text(value.description)
        case (.text(let t), .integer):
            let trimmed = trimmedSpaces(t)
            if let v = Int(trimmed) { return .integer(v) }
            return number(trimmed).flatMap(integer).map(Value.integer)
        case (.text(let t), .decimal): return number(trimmedSpaces(t)).map(Value.decimal)
        case (.text(let t), .bool): return boolean(trimmedSpaces(t).lowercased()).map(Value.bool)
        case (.text(let t), .date): return ISODate(t).map { .text($0.text) }
        case (_, .date): return nil
        }
    }

    /// A decimal rounded half away from zero, if it fits 64 bits.
    static func integer(_ v: Double) -> Int? {
        let rounded = v.rounded(.toNearestOrAwayFromZero)
        guard rounded.isFinite, rounded >= -9.223372036854775e18, rounded <= 9.223372036854775e18 else { return nil }
        return Int(rounded)
    }

    /// A decimal number as SQL writes one: `[+-]digits[.digits][e[+-]digits]` (or `.5`); finite.
    static func number(_ text: String) -> Double? {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        var digits = 0
        var seenDot = false
        var seenExponent = false
        var exponentDigits = 0
        var previous: UInt8 = 0
        for b in bytes {
            switch b {
            case 0x30...0x39:
                if seenExponent { exponentDigits += 1 } else { digits += 1 }
            case 0x2E where !seenDot && !seenExponent: seenDot = true
            case 0x65 where !seenExponent && digits > 0, 0x45 where !seenExponent && digits > 0: seenExponent = true
            case 0x2B where previous == 0x65 || previous == 0x45, 0x2D where previous == 0x65 || previous == 0x45: break
            default: return nil
            }
            previous = b
        }
        guard digits > 0, !seenExponent || exponentDigits > 0, let v = Double(text), v.isFinite else { return nil }
        return v
    }

    private static func boolean(_ word: String) -> Bool? {
        switch word {
        case "true", "t", "yes", "y", "1": return true
        case "false", "f", "no", "n", "0": return false
        default: return nil
        }
    }

    /// Text without leading and trailing whitespace (spaces, tabs, line breaks, the ideographic space).
    static func trimmedSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension ValueConversion {
    /// The error of a `cast` whose value does not convert (text that is no number, a date that does not exist).
    static func failure(_ value: Value, to target: CastTarget, range: SourceRange) -> QueryError {
        let shown = value.description.count > 40 ? String(value.description.prefix(40)) + "…" : value.description
        return QueryError("cannot convert '\(shown)' to \(target.rawValue)",
                          hint: "try_cast(… as \(target.rawValue)) gives null where a value does not convert", range: range)
    }
}
