import ReportModel

/// Typed columns of equal length: the corpus, a view's result, the aggregate table, a query result.
struct Table: Sendable {
    var columns: [ColumnVector]
    var rowCount: Int
    /// Byte layouts of some text columns (a dictionary's values), by column index.
    var layouts: [Int: UTF8Layout] = [:]
    /// The report texts, by column index: held only as bytes (`columns` has an empty column there).
    /// Read columns through `gather`, `column` and `output`, which make strings of these.
    var spans: [Int: TextSpans] = [:]
    /// For a join: the corpus rows behind the columns of its `reports` tables (`source()`).
    var origins: [RowOrigin] = []

    /// Column `index`'s values at `rows`.
    func gather(_ index: Int, _ rows: RowSelection) -> ColumnVector {
        if let spans = spans[index] { return .text(spans.gather(rows)) }
        return columns[index].gather(rows)
    }

    /// Column `index`, every row (a text held as bytes is made into strings: for a rare sort by it).
    func column(_ index: Int) -> ColumnVector {
        if let spans = spans[index] { return .text(spans.gather(.range(0..<rowCount))) }
        return columns[index]
    }

    /// Column `index` at `rows`, as a result's output: a stored column as it is, with the selection
    /// (read in place when the result is read); a text held as bytes stays bytes (`spans`), a string
    /// made of a row only when the result reads it.
    func output(_ index: Int, _ rows: RowSelection) -> (column: ColumnVector, rows: RowSelection?, spans: TextSpans?) {
        (columns[index], rows, spans[index])
    }

    /// Whether column `index` can be read as bytes in place (`layouts` or `spans`).
    func hasBytes(_ index: Int) -> Bool { layouts[index] != nil || spans[index] != nil }
}
