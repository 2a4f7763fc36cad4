import ReportModel

extension ColumnVector {
    /// The vector with rows where `keep` is false made null.
    func masked(_ keep: [Bool]) -> ColumnVector {
        func mask<T>(_ c: Column<T>) -> Column<T> {
            Column(values: c.values, valid: zip(c.valid, keep).map { $0 && $1 })
        }
        switch self {
        case .integer(let c): return .integer(mask(c))
        case .decimal(let c): return .decimal(mask(c))
        case .text(let c): return .text(mask(c))
        case .bool(let c): return .bool(mask(c))
        }
    }

    /// The vector as `type`: integers become decimals, and an all-null vector of the typeless `null`
    /// type becomes nulls of `type`; any other vector is returned as it is.
    func converted(to type: ValueType) -> ColumnVector {
        switch (self, type) {
        case (.integer(let c), .decimal): return .decimal(Column(values: c.values.map(Double.init), valid: c.valid))
        case (.integer(let c), .text), (.integer(let c), .bool):
            return c.valid.contains(true) ? self : .nulls(type, count: c.count)
        default: return self
        }
    }

    /// `count` rows, each row `k` of this vector placed at `rows[k]`; the other rows null.
    func scattered(to rows: [Int], count: Int) -> ColumnVector {
        func scatter<T>(_ c: Column<T>, _ placeholder: T) -> Column<T> {
            var result = Column(repeating: placeholder, valid: false, count: count)
            for (k, row) in rows.enumerated() {
                result.values[row] = c.values[k]
                result.valid[row] = c.valid[k]
            }
            return result
        }
        switch self {
        case .integer(let c): return .integer(scatter(c, 0))
        case .decimal(let c): return .decimal(scatter(c, 0))
        case .text(let c): return .text(scatter(c, ""))
        case .bool(let c): return .bool(scatter(c, false))
        }
    }

    /// A vector of `type` holding `values` (a value of another kind is null).
    static func of(_ values: [Value], type: ValueType) -> ColumnVector {
        switch type {
        case .integer, .null: return .integer(Column.build(count: values.count, placeholder: 0) { values[$0].intValue })
        case .decimal: return .decimal(Column.build(count: values.count, placeholder: 0) { values[$0].doubleValue })
        case .text: return .text(Column.build(count: values.count, placeholder: "") { values[$0].textValue })
        case .bool: return .bool(Column.build(count: values.count, placeholder: false) { values[$0].boolValue })
        }
    }

    /// Two vectors of one type, one after the other.
    func appending(_ other: ColumnVector, type: ValueType) -> ColumnVector {
        var builder = ColumnBuilder(type)
        builder.append(converted(to: type))
        builder.append(other.converted(to: type))
        return builder.build()
    }
}

extension Table {
    /// Column `index` at `rows`, where a row of -1 gives null (the missing side of a left join).
    func gatherPadded(_ index: Int, _ rows: [Int], type: ValueType) -> ColumnVector {
        guard rows.contains(where: { $0 < 0 }) else { return gather(index, .indices(rows)) }
        guard rowCount > 0 else { return .nulls(type, count: rows.count) }
        return gather(index, .indices(rows.map { max($0, 0) })).masked(rows.map { $0 >= 0 })
    }
}
