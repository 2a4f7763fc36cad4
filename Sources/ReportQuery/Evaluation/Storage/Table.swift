import ReportModel

/// Typed columns of equal length: the corpus, a view's result, the aggregate table, a query result.
struct Table: Sendable {
    var columns: [ColumnVector]
    var rowCount: Int
    /// Byte layouts of some text columns (a dictionary's values), by column index.
    var layouts: [Int: UTF8Layout] = [:]

    /// The rows as values, for a `ResultSet`: rows are allocated once, then filled column by column
    /// (one type dispatch per column).
    func rows() -> [[Value]] {
        var rows = [[Value]](repeating: [], count: rowCount)
        for r in 0..<rowCount { rows[r].reserveCapacity(columns.count) }
        for column in columns {
            switch column {
            case .integer(let c): for r in 0..<rowCount { rows[r].append(c.valid[r] ? .integer(c.values[r]) : .null) }
            case .decimal(let c): for r in 0..<rowCount { rows[r].append(c.valid[r] ? .decimal(c.values[r]) : .null) }
            case .text(let c): for r in 0..<rowCount { rows[r].append(c.valid[r] ? .text(c.values[r]) : .null) }
            case .bool(let c): for r in 0..<rowCount { rows[r].append(c.valid[r] ? .bool(c.values[r]) : .null) }
            }
        }
        return rows
    }
}
