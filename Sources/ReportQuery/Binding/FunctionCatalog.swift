/// Aggregate functions: they fold the rows of a group into one value.
enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max, median, percentile
}

/// Row-by-row functions.
enum ScalarFunction: String, Sendable, Hashable, CaseIterable {
    case ratio, coalesce, round, abs, length, source
}

/// The functions of the language by name (case-insensitive), with their arities for error messages.
enum FunctionCatalog {
    enum Entry: Sendable, Hashable {
        case aggregate(AggregateFunction)
        case scalar(ScalarFunction)
    }

    static func lookup(_ name: String) -> Entry? {
        let lower = name.lowercased()
        if let f = AggregateFunction(rawValue: lower) { return .aggregate(f) }
        if let f = ScalarFunction(rawValue: lower) { return .scalar(f) }
        return nil
    }

    /// Every function name, for completion and suggestions.
    static let names: [String] = AggregateFunction.allCases.map(\.rawValue) + ScalarFunction.allCases.map(\.rawValue)

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
        case .scalar(let f): return (1...1, "\(f.rawValue)(x)")
        }
    }
}
