/// Accumulates rows of one type into a column (chunk results, group keys). A struct of plain arrays,
/// so appends happen in place.
struct ColumnBuilder: Sendable {
    private var integers: [Int] = []
    private var decimals: [Double] = []
    private var texts: [String] = []
    private var bools: [Bool] = []
    private var valid: [Bool] = []
    let type: ValueType

    init(_ type: ValueType) { self.type = type }

    var count: Int { valid.count }

    /// Appends every row of `vector` (which has the builder's type).
    mutating func append(_ vector: ColumnVector) {
        switch vector {
        case .integer(let c): integers += c.values; valid += c.valid
        case .decimal(let c): decimals += c.values; valid += c.valid
        case .text(let c): texts += c.values; valid += c.valid
        case .bool(let c): bools += c.values; valid += c.valid
        }
    }

    /// Appends one row of `vector`.
    mutating func append(_ vector: ColumnVector, row: Int) {
        switch vector {
        case .integer(let c): integers.append(c.values[row]); valid.append(c.valid[row])
        case .decimal(let c): decimals.append(c.values[row]); valid.append(c.valid[row])
        case .text(let c): texts.append(c.values[row]); valid.append(c.valid[row])
        case .bool(let c): bools.append(c.values[row]); valid.append(c.valid[row])
        }
    }

    func build() -> ColumnVector {
        switch type {
        case .integer, .null: return .integer(Column(values: integers, valid: valid))
        case .decimal: return .decimal(Column(values: decimals, valid: valid))
        case .text: return .text(Column(values: texts, valid: valid))
        case .bool: return .bool(Column(values: bools, valid: valid))
        }
    }
}
