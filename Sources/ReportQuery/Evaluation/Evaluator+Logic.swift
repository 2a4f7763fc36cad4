import ReportModel

/// Comparisons (text orders by Unicode code points) and three-valued logic: a comparison with null is null; `false and null` is false,
/// `true or null` is true; a row is kept only where the condition is true.
extension Evaluator {
    static func compare(_ op: ComparisonOperator, _ a: ColumnVector, _ b: ColumnVector) -> Column<Bool> {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return compare(op, x, y)
        case (.decimal(let x), .decimal(let y)): return compare(op, x, y)
        case (.text(let x), .text(let y)):
            switch op {
            case .equal: return compare(x, y, TextOrder.equal)
            case .notEqual: return compare(x, y) { !TextOrder.equal($0, $1) }
            case .less: return compare(x, y) { TextOrder.compare($0, $1) < 0 }
            case .lessEqual: return compare(x, y) { TextOrder.compare($0, $1) <= 0 }
            case .greater: return compare(x, y) { TextOrder.compare($0, $1) > 0 }
            case .greaterEqual: return compare(x, y) { TextOrder.compare($0, $1) >= 0 }
            }
        case (.bool(let x), .bool(let y)):
            return compare(op, Column(values: x.values.map { $0 ? 1 : 0 }, valid: x.valid),
                           Column(values: y.values.map { $0 ? 1 : 0 }, valid: y.valid))
        default:
            return Column(repeating: false, valid: false, count: a.count)
        }
    }

    private static func compare<T: Comparable>(_ op: ComparisonOperator, _ x: Column<T>, _ y: Column<T>) -> Column<Bool> {
        switch op {
        case .equal: return compare(x, y, ==)
        case .notEqual: return compare(x, y, !=)
        case .less: return compare(x, y, <)
        case .lessEqual: return compare(x, y, <=)
        case .greater: return compare(x, y, >)
        case .greaterEqual: return compare(x, y, >=)
        }
    }

    @inline(__always)
    private static func compare<T>(_ x: Column<T>, _ y: Column<T>, _ test: (T, T) -> Bool) -> Column<Bool> {
        let n = x.count
        var values = [Bool](repeating: false, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n where x.valid[i] && y.valid[i] {
            values[i] = test(x.values[i], y.values[i])
            valid[i] = true
        }
        return Column(values: values, valid: valid)
    }

    /// The test a text comparison makes of `TextOrder.compare`'s result.
    static func textComparison(_ op: ComparisonOperator) -> (Int) -> Bool {
        switch op {
        case .equal: return { $0 == 0 }
        case .notEqual: return { $0 != 0 }
        case .less: return { $0 < 0 }
        case .lessEqual: return { $0 <= 0 }
        case .greater: return { $0 > 0 }
        case .greaterEqual: return { $0 >= 0 }
        }
    }

    static func and(_ x: Column<Bool>, _ y: Column<Bool>) -> Column<Bool> {
        let n = x.count
        var values = [Bool](repeating: false, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let xFalse = x.valid[i] && !x.values[i]
            let yFalse = y.valid[i] && !y.values[i]
            if xFalse || yFalse {
                valid[i] = true
            } else if x.valid[i] && y.valid[i] {
                values[i] = true
                valid[i] = true
            }
        }
        return Column(values: values, valid: valid)
    }

    static func or(_ x: Column<Bool>, _ y: Column<Bool>) -> Column<Bool> {
        let n = x.count
        var values = [Bool](repeating: false, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n {
            if (x.valid[i] && x.values[i]) || (y.valid[i] && y.values[i]) {
                values[i] = true
                valid[i] = true
            } else if x.valid[i] && y.valid[i] {
                valid[i] = true
            }
        }
        return Column(values: values, valid: valid)
    }

    /// `x in (constants)`: true if listed; else null if x is null or the list holds null; else false.
    static func member(_ vector: ColumnVector, of list: [Value], hasNull: Bool) -> Column<Bool> {
        switch vector {
        case .integer(let c): return member(c, Set(list.compactMap(\.intValue)), hasNull) { $0 }
        case .decimal(let c): return member(c, Set(list.compactMap(\.doubleValue)), hasNull) { $0 }
        case .text(let c): return member(c, Set(list.compactMap { $0.textValue.map(TextKey.init) }), hasNull, TextKey.init)
        case .bool(let c): return member(c, Set(list.compactMap(\.boolValue)), hasNull) { $0 }
        }
    }

    private static func member<T, K: Hashable>(_ c: Column<T>, _ set: Set<K>, _ hasNull: Bool, _ key: (T) -> K) -> Column<Bool> {
        let n = c.count
        var values = [Bool](repeating: false, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n where c.valid[i] {
            if set.contains(key(c.values[i])) {
                values[i] = true
                valid[i] = true
            } else {
                valid[i] = !hasNull
            }
        }
        return Column(values: values, valid: valid)
    }
}
