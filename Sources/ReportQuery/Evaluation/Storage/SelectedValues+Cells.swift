import ReportModel

extension SelectedValues {
    /// The column's own arrays, read through the rows the query kept: no value is copied or boxed.
    var cells: ResultCells {
        let (kept, offset) = SelectedValues.cellRows(rows)
        switch column {
        case .integer(let c):
            return ResultCells(kind: .integer, count: count, integers: c.values, valid: c.valid, rows: kept, offset: offset)
        case .decimal(let c):
            return ResultCells(kind: .decimal, count: count, decimals: c.values, valid: c.valid, rows: kept, offset: offset)
        case .text(let c):
            return ResultCells(kind: .text, count: count, texts: c.values, valid: c.valid, rows: kept, offset: offset)
        case .bool(let c):
            return ResultCells(kind: .bool, count: count, bools: c.values, valid: c.valid, rows: kept, offset: offset)
        }
    }
}

extension SelectedValues {
    /// The kept rows as `ResultCells` takes them: the indices, or the offset of a range (every row: 0).
    static func cellRows(_ rows: RowSelection?) -> (kept: [Int]?, offset: Int) {
        switch rows {
        case .none: return (nil, 0)
        case .range(let range)?: return (nil, range.lowerBound)
        case .indices(let indices)?: return (indices, 0)
        }
    }
}
