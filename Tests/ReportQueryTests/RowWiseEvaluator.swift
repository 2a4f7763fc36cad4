import Foundation
import ReportModel
@testable import ReportQuery

/// A deliberately plain evaluator of bound queries, one row at a time over `[Value]` rows, written
/// from the language reference (docs/query-language.md) and sharing no code with the column-wise
/// executor: the reference its results are checked against (ColumnWiseTests).
struct RowWiseEvaluator {
    let records: [ReportRecord]

    struct Failure: Error { let message: String }

    private struct Row {
        var values: [Value]
        /// The corpus record of the row, for `source()`.
        var record: Int?
    }

    func run(_ query: BoundQuery) throws -> [[Value]] { try table(query).map(\.values) }

    private func table(_ query: BoundQuery) throws -> [Row] {
        var rows: [Row]
        if !query.windows.isEmpty || query.neighborKeys != nil { throw RowWiseUnsupported() }
        switch query.source {
        case .corpus: rows = records.indices.map { Row(values: records[$0].values, record: $0) }
        case .view(_, let inner, _): rows = try table(inner).map { Row(values: $0.values, record: nil) }
        default: throw RowWiseUnsupported()
        }
        if let filter = query.filter { rows = try rows.filter { try evaluate(filter, $0) == .bool(true) } }
        if let aggregation = query.aggregation {
            rows = try group(rows, aggregation)
            if let having = query.having { rows = try rows.filter { try evaluate(having, $0) == .bool(true) } }
        }
        if !query.orderBy.isEmpty {
            let keyed = try rows.enumerated().map { index, row in (index, row, try query.orderBy.map { try evaluate($0.expression, row) }) }
            rows = keyed.sorted { a, b in
                for (k, key) in query.orderBy.enumerated() {
                    let c = RowWiseEvaluator.order(a.2[k], b.2[k], descending: key.descending)
                    if c != 0 { return c < 0 }
                }
                return a.0 < b.0
            }.map(\.1)
        }
        let offset = min(query.offset ?? 0, rows.count)
        let end = query.limit.map { min(rows.count, offset + min($0, rows.count)) } ?? rows.count
        return try rows[offset..<end].map { row in Row(values: try query.outputs.map { try evaluate($0, row) }, record: row.record) }
    }

    /// Groups in order of first appearance; each group's row is its keys, then its aggregates.
    private func group(_ rows: [Row], _ aggregation: BoundQuery.Aggregation) throws -> [Row] {
        var order: [[Value]] = []
        var members: [[Value]: [Row]] = [:]
        for row in rows {
            let key = try aggregation.keys.map { try evaluate($0, row) }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(row)
        }
        if aggregation.keys.isEmpty && order.isEmpty { order = [[]] }
        return try order.map { key in
            let group = members[key] ?? []
            return Row(values: key + (try aggregation.aggregates.map { try aggregate($0, group) }), record: nil)
        }
    }

    private func aggregate(_ call: AggregateCall, _ rows: [Row]) throws -> Value {
        var rows = rows
        if let filter = call.filter { rows = try rows.filter { try evaluate(filter, $0) == .bool(true) } }
        guard let argument = call.argument else { return .integer(rows.count) }
        var values = try rows.map { try evaluate(argument, $0) }.filter { !$0.isNull }
        if call.distinct {
            var seen: Set<Value> = []
            values = values.filter { seen.insert($0).inserted }
        }
        switch call.function {
        case .count:
            return .integer(values.count)
        case .sum:
            guard !values.isEmpty else { return .null }
            if argument.type == .integer {
                var total = 0
                for case .integer(let v) in values {
                    let (sum, overflow) = total.addingReportingOverflow(v)
                    if overflow { throw Failure(message: "overflow") }
                    total = sum
                }
                return .integer(total)
            }
            return .decimal(values.compactMap(\.doubleValue).reduce(0, +))
        case .avg:
            guard !values.isEmpty else { return .null }
            return .decimal(values.compactMap(\.doubleValue).reduce(0, +) / Double(values.count))
        case .min, .max:
            guard var best = values.first else { return .null }
            for value in values.dropFirst() {
                let c = RowWiseEvaluator.compare(value, best)
                if call.function == .min ? c < 0 : c > 0 { best = value }
            }
            return best
        case .median, .percentile:
            let sorted = values.compactMap(\.doubleValue).sorted()
            guard !sorted.isEmpty else { return .null }
            let fraction = call.function == .median ? 0.5 : call.fraction
            let position = fraction * Double(sorted.count - 1)
            let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
            return .decimal(sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low)))
        }
    }

    private func evaluate(_ e: BoundExpression, _ row: Row) throws -> Value {
        switch e.node {
        case .column(let c):
            return RowWiseEvaluator.typed(row.values[c], e.type)
        case .constant(let v):
            return RowWiseEvaluator.typed(v, e.type)
        case .cast(let inner):
            return RowWiseEvaluator.typed(try evaluate(inner, row), e.type)
        case .negate(let inner):
            switch try evaluate(inner, row) {
            case .integer(let v):
                guard v != Int.min else { throw Failure(message: "overflow") }
                return .integer(-v)
            case .decimal(let v): return .decimal(-v)
            default: return .null
            }
        case .arithmetic(let op, let a, let b):
            return try RowWiseEvaluator.arithmetic(op, try evaluate(a, row), try evaluate(b, row))
        case .compare(let op, let a, let b):
            let x = try evaluate(a, row), y = try evaluate(b, row)
            guard !x.isNull, !y.isNull else { return .null }
            let c = RowWiseEvaluator.compare(x, y)
            switch op {
            case .equal: return .bool(c == 0)
            case .notEqual: return .bool(c != 0)
            case .less: return .bool(c < 0)
            case .lessEqual: return .bool(c <= 0)
            case .greater: return .bool(c > 0)
            case .greaterEqual: return .bool(c >= 0)
            }
        case .and(let a, let b):
            let x = try evaluate(a, row)
            if x == .bool(false) { return x }
            let y = try evaluate(b, row)
            if y == .bool(false) { return y }
            return x.isNull || y.isNull ? .null : .bool(true)
        case .or(let a, let b):
            let x = try evaluate(a, row)
            if x == .bool(true) { return x }
            let y = try evaluate(b, row)
            if y == .bool(true) { return y }
            return x.isNull || y.isNull ? .null : .bool(false)
        case .not(let inner):
            guard case .bool(let v) = try evaluate(inner, row) else { return .null }
            return .bool(!v)
        case .isNull(let inner, let negated):
            return .bool(try evaluate(inner, row).isNull != negated)
        case .inList(let inner, let list, let hasNull):
            let x = try evaluate(inner, row)
            guard !x.isNull else { return .null }
            if list.contains(where: { !$0.isNull && RowWiseEvaluator.compare(x, RowWiseEvaluator.typed($0, inner.type)) == 0 }) {
                return .bool(true)
            }
            return hasNull ? .null : .bool(false)
        case .like(let a, let b):
            guard case .text(let text) = try evaluate(a, row), case .text(let pattern) = try evaluate(b, row) else { return .null }
            return .bool(RowWiseEvaluator.like(Array(text.unicodeScalars), Array(pattern.unicodeScalars)))
        case .contains(let a, let b):
            guard case .text(let text) = try evaluate(a, row), case .text(let needle) = try evaluate(b, row) else { return .null }
            return .bool(needle.isEmpty || text.utf8.count >= needle.utf8.count && RowWiseEvaluator.containsBytes(Array(text.utf8), Array(needle.utf8)))
        case .function(let function, let arguments):
            return try call(function, arguments, row, type: e.type)
        case .caseWhen(let branches, let otherwise):
            for branch in branches where try evaluate(branch.condition, row) == .bool(true) {
                return RowWiseEvaluator.typed(try evaluate(branch.value, row), e.type)
            }
            return RowWiseEvaluator.typed(try evaluate(otherwise, row), e.type)
        case .convert(let inner, let target, let orNull):
            let value = try evaluate(inner, row)
            guard let converted = ValueConversion.convert(value, to: target) else {
                if orNull { return .null }
                throw Failure(message: "cannot convert \(value)")
            }
            return converted
        case .source(let field):
            guard let index = row.record else { return .null }
            let record = records[index]
            guard !record[FieldID(field)].isNull else { return .null }
            let file = record.file
            guard let provenance = record.source(of: FieldID(field)) else { return .text("\(file) (unknown)") }
            return .text(provenance.line > 0 ? "\(file):\(provenance.line) (\(provenance.origin.rawValue))"
                                             : "\(file) (\(provenance.origin.rawValue))")
        case .aggregate, .dictionaryCodes, .dictionaryRanks, .dictionaryLookup, .subquery, .exists, .inSubquery, .window, .neighbor:
            throw Failure(message: "unexpected node \(e.node)")
        }
    }

    private func call(_ function: ScalarFunction, _ arguments: [BoundExpression], _ row: Row, type: ValueType) throws -> Value {
        let values = try arguments.map { try evaluate($0, row) }
        switch function {
        case .ratio:
            guard let a = values[0].doubleValue, let b = values[1].doubleValue, b != 0 else { return .null }
            return .decimal(a / b)
        case .coalesce:
            return RowWiseEvaluator.typed(values.first { !$0.isNull } ?? .null, type)
        case .round:
            let digits = values.count > 1 ? values[1].intValue : 0
            guard let digits else { return .null }
            switch values[0] {
            case .integer(let v):
                guard digits < 0 else { return .integer(v) }
                let p = (0..<min(-digits, 18)).reduce(1) { r, _ in r * 10 }
                guard -digits <= 18 else { return .integer(0) }
                let rounded = (v.magnitude + UInt(p / 2)) / UInt(p) * UInt(p)
                return .integer(v < 0 ? -Int(rounded) : Int(rounded))
            case .decimal(let v):
                guard digits <= 15 else { return .decimal(v) }
                let scale = pow(10, Double(digits))
                let r = (v * scale).rounded(.toNearestOrAwayFromZero) / scale
                return .decimal(r.isFinite ? r : v)
            default: return .null
            }
        case .abs:
            switch values[0] {
            case .integer(let v):
                guard v != Int.min else { throw Failure(message: "overflow") }
                return .integer(Swift.abs(v))
            case .decimal(let v): return .decimal(Swift.abs(v))
            default: return .null
            }
        case .length:
            guard case .text(let text) = values[0] else { return .null }
            return .integer(text.unicodeScalars.count)
        case .source:
            throw Failure(message: "source() is its own node")
        default:
            return ScalarRules.apply(function, values)
        }
    }

    /// A value as a column of `type` holds it: an integer in a decimal column converts, another kind
    /// is null.
    static func typed(_ value: Value, _ type: ValueType) -> Value {
        switch (value, type) {
        case (.null, _), (_, .null): return .null
        case (.integer(let v), .decimal): return .decimal(Double(v))
        case (.integer, .integer), (.decimal, .decimal), (.text, .text), (.bool, .bool): return value
        default: return .null
        }
    }

    static func arithmetic(_ op: ArithmeticOperator, _ x: Value, _ y: Value) throws -> Value {
        switch (x, y) {
        case (.integer(let a), .integer(let b)):
            let result: (Int, Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .divide:
                guard b != 0 else { return .null }
                return .decimal(Double(a) / Double(b))
            }
            if result.1 { throw Failure(message: "overflow") }
            return .integer(result.0)
        case (.decimal(let a), .decimal(let b)):
            switch op {
            case .add: return .decimal(a + b)
            case .subtract: return .decimal(a - b)
            case .multiply: return .decimal(a * b)
            case .divide: return b == 0 ? .null : .decimal(a / b)
            }
        default:
            return .null
        }
    }

    /// Non-null values of one kind: numbers by value, text by UTF-8 bytes (code points), false < true.
    static func compare(_ x: Value, _ y: Value) -> Int {
        switch (x, y) {
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.text(let a), .text(let b)):
            let l = Array(a.utf8), r = Array(b.utf8)
            if l == r { return 0 }
            return l.lexicographicallyPrecedes(r) ? -1 : 1
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        default:
            let a = x.doubleValue ?? 0, b = y.doubleValue ?? 0
            return a < b ? -1 : a > b ? 1 : 0
        }
    }

    /// Sort order: nulls last ascending and descending.
    static func order(_ x: Value, _ y: Value, descending: Bool) -> Int {
        switch (x.isNull, y.isNull) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): return descending ? -compare(x, y) : compare(x, y)
        }
    }

    /// `%` any run, `_` one character.
    static func like(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        var matches = [Bool](repeating: false, count: text.count + 1)
        matches[0] = true
        for p in pattern {
            var next = [Bool](repeating: false, count: text.count + 1)
            if p == "%" {
                var any = false
                for i in 0...text.count {
                    any = any || matches[i]
                    next[i] = any
                }
            } else {
                for i in 0..<text.count where matches[i] && (p == "_" || text[i] == p) { next[i + 1] = true }
            }
            matches = next
        }
        return matches[text.count]
    }

    static func containsBytes(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start..<start + needle.count].elementsEqual(needle) { return true }
        return false
    }
}

/// A construct the row-wise reference evaluator does not model (joins, windows, subqueries).
struct RowWiseUnsupported: Error {}
