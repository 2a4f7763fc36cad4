import ReportModel

/// Typed columns of equal length: the corpus, a view's result, the aggregate table, a query result.
struct Table: Sendable {
    var columns: [ColumnVector]
    var rowCount: Int

    /// The rows as values, for a `ResultSet`.
    func rows() -> [[Value]] {
        (0..<rowCount).map { row in columns.map { $0.value(at: row) } }
    }
}
