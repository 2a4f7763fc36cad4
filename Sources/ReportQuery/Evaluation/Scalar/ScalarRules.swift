import ReportModel

/// The newer row functions value by value: nullif, greatest, least, `||`, concat and the text and
/// date functions. A null argument gives null, except where noted (concat, greatest and least skip
/// nulls, as in PostgreSQL and DuckDB).
enum ScalarRules {
    /// The function's value for one row's arguments (already of the types the binder checked).
    static func apply(_ function: ScalarFunction, _ v: [Value]) -> Value {
        switch function {
        case .nullif:
            guard !v[0].isNull, !v[1].isNull else { return v[0] }
            return compare(v[0], v[1]) == 0 ? .null : v[0]
        case .greatest, .least:
            var best: Value = .null
            for value in v where !value.isNull {
                let c = best.isNull ? 0 : compare(value, best)
                if best.isNull || (function == .greatest ? c > 0 : c < 0) { best = value }
            }
            return best
        case .concat:
            return .text(TextFunctions.concat(v))
        case .concatOperator:
            guard case .text(let a) = v[0], case .text(let b) = v[1] else { return .null }
            return .text(a + b)
        case .substr:
            guard case .text(let t) = v[0], case .integer(let start) = v[1] else { return .null }
            if v.count > 2 {
                guard case .integer(let length) = v[2] else { return .null }
                return .text(TextFunctions.substr(t, start: start, length: length))
            }
            return .text(TextFunctions.substr(t, start: start, length: nil))
        case .replace:
            guard case .text(let t) = v[0], case .text(let from) = v[1], case .text(let to) = v[2] else { return .null }
            return .text(TextFunctions.replace(t, from, to))
        case .lower, .upper:
            guard case .text(let t) = v[0] else { return .null }
            return .text(function == .lower ? t.lowercased() : t.uppercased())
        case .trim, .ltrim, .rtrim:
            guard case .text(let t) = v[0] else { return .null }
            let side: TextFunctions.TrimSide = function == .trim ? .both : function == .ltrim ? .leading : .trailing
            if v.count > 1 {
                guard case .text(let characters) = v[1] else { return .null }
                return .text(TextFunctions.trim(t, characters, side: side))
            }
            return .text(TextFunctions.trim(t, side: side))
        case .instr:
            guard case .text(let t) = v[0], case .text(let part) = v[1] else { return .null }
            return .integer(TextFunctions.instr(t, part))
        case .year, .month, .day:
            guard case .text(let t) = v[0], let date = ISODate(t) else { return .null }
            return .integer(function == .year ? date.year : function == .month ? date.month : date.day)
        case .dateDiff:
            guard case .text(let name) = v[0], let part = ISODate.Part(name: name), case .text(let a) = v[1],
                  case .text(let b) = v[2], let start = ISODate(a), let end = ISODate(b) else { return .null }
            return .integer(start.difference(part, to: end))
        case .ratio, .coalesce, .round, .abs, .length, .source:
            preconditionFailure("\(function.rawValue) is evaluated column-wise")
        }
    }

    /// Order of two non-null values of one kind: numbers by value, text by code points, false < true.
    static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.text(let x), .text(let y)): return TextOrder.compare(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : x ? 1 : -1
        default:
            let x = a.doubleValue ?? 0, y = b.doubleValue ?? 0
            return x < y ? -1 : x > y ? 1 : 0
        }
    }
}
