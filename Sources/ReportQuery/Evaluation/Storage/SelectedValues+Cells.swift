import ReportModel

extension SelectedValues {
    /// The column's own arrays, read through the rows the query kept: no value is copied or boxed.
    var cells: ResultCells {
        var kept: [Int]?
        var offset = 0
        switch rows {
        case .none: break
        case .range(let range)?: offset = range.lowerBound
        case .indices(let indices)?: kept = indices
        }
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
