import ReportModel

/// Typed columns of equal length: the corpus, a view's result, the aggregate table, a query result.
struct Table: Sendable {
    var columns: [ColumnVector]
    var rowCount: Int

    /// The rows as values, for a `ResultSet`: each column is converted in one loop, then the rows are
    /// assembled.
    func rows() -> [[Value]] {
        let converted = columns.map { $0.values() }
        let width = converted.count
        var rows: [[Value]] = []
        rows.reserveCapacity(rowCount)
        converted.withUnsafeBufferPointer { converted in
            for r in 0..<rowCount {
                rows.append(Array(unsafeUninitializedCapacity: width) { buffer, count in
                    for c in 0..<width { (buffer.baseAddress! + c).initialize(to: converted[c][r]) }
                    count = width
                })
            }
        }
        return rows
    }
}

extension ColumnVector {
    /// Every row as a value (null where not valid).
    func values() -> [Value] {
        switch self {
        case .integer(let c): return c.values.indices.map { c.valid[$0] ? .integer(c.values[$0]) : .null }
        case .decimal(let c): return c.values.indices.map { c.valid[$0] ? .decimal(c.values[$0]) : .null }
        case .text(let c): return c.values.indices.map { c.valid[$0] ? .text(c.values[$0]) : .null }
        case .bool(let c): return c.values.indices.map { c.valid[$0] ? .bool(c.values[$0]) : .null }
        }
    }
}
