import ReportModel

/// Typed values with a validity flag per row (`valid[i] == false` means null; the value there is a
/// placeholder). Used for the column store, view results and the vectors of evaluation.
struct Column<Element: Sendable>: Sendable {
    var values: [Element]
    var valid: [Bool]

    var count: Int { values.count }

    init(values: [Element], valid: [Bool]) {
        self.values = values
        self.valid = valid
    }

    init(repeating value: Element, valid: Bool, count: Int) {
        values = Array(repeating: value, count: count)
        self.valid = Array(repeating: valid, count: count)
    }

    /// The rows of a selection, in its order.
    func gather(_ rows: RowSelection) -> Column {
        switch rows {
        case .range(let range):
            if range.count == values.count { return self }
            return Column(values: Array(values[range]), valid: Array(valid[range]))
        case .indices(let indices):
            return Column(values: Column.gather(values, indices), valid: Column.gather(valid, indices))
        }
    }

    static func gather<T>(_ source: [T], _ indices: [Int]) -> [T] {
        source.withUnsafeBufferPointer { source in
            indices.withUnsafeBufferPointer { indices in
                Array(unsafeUninitializedCapacity: indices.count) { buffer, count in
                    for (k, i) in indices.enumerated() { (buffer.baseAddress! + k).initialize(to: source[i]) }
                    count = indices.count
                }
            }
        }
    }

    /// Builds a column of `count` rows from a function giving each row's value or nil for null.
    static func build<E: Error>(count: Int, placeholder: Element, _ value: (Int) throws(E) -> Element?) throws(E) -> Column {
        var values = [Element](repeating: placeholder, count: count)
        var valid = [Bool](repeating: false, count: count)
        for i in 0..<count {
            if let v = try value(i) {
                values[i] = v
                valid[i] = true
            }
        }
        return Column(values: values, valid: valid)
    }
}

/// A column of one of the four value types. Expressions of the typeless `null` type are carried as
/// integer columns with every row null.
enum ColumnVector: Sendable {
    case integer(Column<Int>)
    case decimal(Column<Double>)
    case text(Column<String>)
    case bool(Column<Bool>)

    var count: Int {
        switch self {
        case .integer(let c): return c.count
        case .decimal(let c): return c.count
        case .text(let c): return c.count
        case .bool(let c): return c.count
        }
    }

    var valid: [Bool] {
        switch self {
        case .integer(let c): return c.valid
        case .decimal(let c): return c.valid
        case .text(let c): return c.valid
        case .bool(let c): return c.valid
        }
    }

    /// An empty column for values of `type`.
    static func empty(_ type: ValueType) -> ColumnVector { nulls(type, count: 0) }

    /// `count` nulls of `type`.
    static func nulls(_ type: ValueType, count: Int) -> ColumnVector {
        switch type {
        case .integer, .null: return .integer(Column(repeating: 0, valid: false, count: count))
        case .decimal: return .decimal(Column(repeating: 0, valid: false, count: count))
        case .text: return .text(Column(repeating: "", valid: false, count: count))
        case .bool: return .bool(Column(repeating: false, valid: false, count: count))
        }
    }

    /// `count` copies of a constant of `type` (null gives nulls).
    static func filled(_ value: Value, _ type: ValueType, count: Int) -> ColumnVector {
        switch value {
        case .null: return nulls(type, count: count)
        case .integer(let v): return .integer(Column(repeating: v, valid: true, count: count))
        case .decimal(let v): return .decimal(Column(repeating: v, valid: true, count: count))
        case .text(let v): return .text(Column(repeating: v, valid: true, count: count))
        case .bool(let v): return .bool(Column(repeating: v, valid: true, count: count))
        }
    }

    func value(at row: Int) -> Value {
        switch self {
        case .integer(let c): return c.valid[row] ? .integer(c.values[row]) : .null
        case .decimal(let c): return c.valid[row] ? .decimal(c.values[row]) : .null
        case .text(let c): return c.valid[row] ? .text(c.values[row]) : .null
        case .bool(let c): return c.valid[row] ? .bool(c.values[row]) : .null
        }
    }

    /// Every row as a value.
    func values() -> [Value] { (0..<count).map(value(at:)) }

    func gather(_ rows: RowSelection) -> ColumnVector {
        switch self {
        case .integer(let c): return .integer(c.gather(rows))
        case .decimal(let c): return .decimal(c.gather(rows))
        case .text(let c): return .text(c.gather(rows))
        case .bool(let c): return .bool(c.gather(rows))
        }
    }
}
