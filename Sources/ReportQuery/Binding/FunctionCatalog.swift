/// Aggregate functions: they fold the rows of a group into one value.
enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max, median, percentile
}

/// Row-by-row functions.
enum ScalarFunction: String, Sendable, Hashable, CaseIterable {
    case ratio, coalesce, round, abs, length, source
    case nullif, greatest, least, concat, substr, replace, lower, upper, trim, ltrim, rtrim, instr
    case year, month, day
    case dateDiff = "date_diff"
    /// `a || b` (null when either side is null, unlike `concat`); not callable by name.
    case concatOperator = "||"

    /// Other names the functions go by in SQLite, DuckDB and PostgreSQL.
    static let synonyms: [String: ScalarFunction] = ["substring": .substr, "datediff": .dateDiff, "strpos": .instr]
}

/// The functions of the language by name (case-insensitive), with their arities for error messages.
enum FunctionCatalog {
    enum Entry: Sendable, Hashable {
        case aggregate(AggregateFunction)
        case scalar(ScalarFunction)

        var name: String {
            switch self {
            case .aggregate(let f): return f.rawValue
            case .scalar(let f): return f.rawValue
            }
        }
    }

    static func lookup(_ name: String) -> Entry? {
        let lower = name.lowercased()
        if let f = AggregateFunction(rawValue: lower) { return .aggregate(f) }
        if let f = ScalarFunction(rawValue: lower) ?? ScalarFunction.synonyms[lower], f != .concatOperator { return .scalar(f) }
        return nil
    }

    /// Every function name, for completion and suggestions.
    static let names: [String] = AggregateFunction.allCases.map(\.rawValue)
        + ScalarFunction.allCases.filter { $0 != .concatOperator }.map(\.rawValue) + ["cast", "try_cast"]

    static func isAggregate(_ name: String) -> Bool {
        if case .aggregate = lookup(name) { return true }
        return false
    }

    /// Allowed argument counts and how to call the function, for arity errors.
    static func signature(_ entry: Entry) -> (arity: ClosedRange<Int>, usage: String) {
        switch entry {
        case .aggregate(.count): return (1...1, "count(*), count(x) or count(distinct x)")
        case .aggregate(.percentile): return (2...2, "percentile(x, p) with p from 0 to 100")
        case .aggregate(let f): return (1...1, "\(f.rawValue)(x)")
        case .scalar(.ratio): return (2...2, "ratio(a, b)")
        case .scalar(.coalesce): return (1...64, "coalesce(x, y, …)")
        case .scalar(.round): return (1...2, "round(x) or round(x, digits)")
        case .scalar(.nullif): return (2...2, "nullif(x, y)")
        case .scalar(.greatest), .scalar(.least), .scalar(.concat), .scalar(.concatOperator):
            return (1...64, "\(entry.name)(x, y, …)")
        case .scalar(.substr): return (2...3, "substr(text, start) or substr(text, start, length)")
        case .scalar(.replace): return (3...3, "replace(text, from, to)")
        case .scalar(.trim), .scalar(.ltrim), .scalar(.rtrim): return (1...2, "\(entry.name)(text) or \(entry.name)(text, characters)")
        case .scalar(.instr): return (2...2, "instr(text, part)")
        case .scalar(.dateDiff): return (3...3, "date_diff('day', start, end)")
        case .scalar(let f): return (1...1, "\(f.rawValue)(x)")
        }
    }
}
