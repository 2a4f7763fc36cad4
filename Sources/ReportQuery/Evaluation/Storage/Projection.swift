import ReportModel

/// A query's outputs before they are gathered: each output is a column read through the rows the
/// query kept (`selections[k]`; nil when the column is already the output's rows). A result set reads
/// the values in place, so a query that keeps 100,000 rows copies no values; a view's result, which
/// another query scans, is gathered into a table.
struct Projection {
    var columns: [ColumnVector]
    var selections: [RowSelection?]
    var rowCount: Int

    /// The outputs gathered into a table.
    func table() -> Table {
        let gathered = zip(columns, selections).map { column, rows in rows.map(column.gather) ?? column }
        return Table(columns: gathered, rowCount: rowCount)
    }

    /// The outputs as a result's columns of values.
    func resultValues() -> [any ResultValues] {
        zip(columns, selections).map { column, rows in SelectedValues(column: column, rows: rows, count: rowCount) }
    }
}

/// A result column: the values of `column` at the selected rows (every row when `rows` is nil).
struct SelectedValues: ResultValues {
    let column: ColumnVector
    let rows: RowSelection?
    let count: Int

    func value(at row: Int) -> Value {
        column.value(at: rows?.row(row) ?? row)
    }
}
