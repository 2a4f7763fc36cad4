import ReportModel

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
