import ReportModel

/// Row functions: ratio, coalesce, round, abs, length.
extension Evaluator {
    func call(_ function: ScalarFunction, _ arguments: [BoundExpression], _ rows: RowSelection, _ e: BoundExpression) throws(QueryError) -> ColumnVector {
        switch function {
        case .ratio:
            return try arithmetic(.divide, try evaluate(arguments[0], rows), try evaluate(arguments[1], rows), range: e.range)
        case .coalesce:
            return try coalesce(arguments, rows, type: e.type)
        case .round:
            return try round(try evaluate(arguments[0], rows), digits: try evaluate(arguments[1], rows), range: e.range)
        case .abs:
            let vector = try evaluate(arguments[0], rows)
            switch vector {
            case .integer(let c):
                var values = c.values
                for i in 0..<values.count where c.valid[i] {
                    guard values[i] != Int.min else { throw Evaluator.overflow(e.range) }
                    values[i] = Swift.abs(values[i])
                }
                return .integer(Column(values: values, valid: c.valid))
            case .decimal(let c):
                return .decimal(Column(values: c.values.map { Swift.abs($0) }, valid: c.valid))
            default:
                return vector
            }
        case .length:
            guard case .text(let c) = try evaluate(arguments[0], rows) else { return .nulls(.integer, count: rows.count) }
            return .integer(Column(values: c.values.map(Evaluator.scalarCount), valid: c.valid))
        case .source:
            preconditionFailure("source() is bound to its own node")
        case .nullif, .greatest, .least, .concat, .concatOperator, .substr, .replace, .lower, .upper, .trim, .ltrim,
             .rtrim, .instr, .year, .month, .day, .dateDiff:
            return try rowByRow(function, arguments, rows, type: e.type)
        }
    }

    /// The number of Unicode scalars (characters, for Chinese text) of a text.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
            ?? text.unicodeScalars.count
    }

    /// The first non-null argument, row by row; later arguments are evaluated only while a row is null.
    private func coalesce(_ arguments: [BoundExpression], _ rows: RowSelection, type: ValueType) throws(QueryError) -> ColumnVector {
        var result = try evaluate(arguments[0], rows)
        for argument in arguments.dropFirst() {
            guard result.valid.contains(false) else { break }
            let next = try evaluate(argument, rows)
            result = Evaluator.fillNulls(result, from: next)
        }
        return result
    }

    private static func fillNulls(_ a: ColumnVector, from b: ColumnVector) -> ColumnVector {
        func merge<T>(_ x: Column<T>, _ y: Column<T>) -> Column<T> {
            var merged = x
            for i in 0..<x.count where !x.valid[i] && y.valid[i] {
                merged.values[i] = y.values[i]
                merged.valid[i] = true
            }
            return merged
        }
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return .integer(merge(x, y))
        case (.decimal(let x), .decimal(let y)): return .decimal(merge(x, y))
        case (.text(let x), .text(let y)): return .text(merge(x, y))
        case (.bool(let x), .bool(let y)): return .bool(merge(x, y))
        default: return a
        }
    }

    /// `round(x, n)`: half away from zero to n decimal places; negative n rounds to tens, hundreds …
    private func round(_ value: ColumnVector, digits: ColumnVector, range: SourceRange) throws(QueryError) -> ColumnVector {
        guard case .integer(let n) = digits else { return value }
        switch value {
        case .integer(let x):
            return .integer(try Column.build(count: x.count, placeholder: 0) { i throws(QueryError) in
                guard x.valid[i], n.valid[i] else { return nil }
                return try Evaluator.round(x.values[i], digits: n.values[i], range: range)
            })
        case .decimal(let x):
            return .decimal(Column.build(count: x.count, placeholder: 0) { i in
                guard x.valid[i], n.valid[i] else { return nil }
                return Evaluator.round(x.values[i], digits: n.values[i])
            })
        default:
            return value
        }
    }

    private static func round(_ x: Int, digits: Int, range: SourceRange) throws(QueryError) -> Int {
        guard digits < 0 else { return x }
        guard digits >= -18 else { return 0 }
        var p = 1
        for _ in 0..<(-digits) { p *= 10 }
        let magnitude = x.magnitude
        let rounded = (magnitude + UInt(p / 2)) / UInt(p) * UInt(p)
        guard rounded <= UInt(Int.max) else { throw overflow(range) }
        return x < 0 ? -Int(rounded) : Int(rounded)
    }

    private static func round(_ x: Double, digits: Int) -> Double {
        if digits > 15 { return x }
        if digits < -308 { return 0 }
        let scale = powerOfTen(digits)
        let result = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
        return result.isFinite ? result : x
    }

    private static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<Swift.abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
