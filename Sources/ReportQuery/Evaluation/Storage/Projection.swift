import ReportModel

/// A query's outputs before they are gathered: each output is a column read through the rows the
/// query kept (`selections[k]`; nil when the column is already the output's rows). A result set reads
/// the values in place, so a query that keeps 100,000 rows copies no values; a view's result, which
/// another query scans, is gathered into a table.
struct Projection {
    var columns: [ColumnVector]
    var selections: [RowSelection?]
    var rowCount: Int
    /// The outputs that are report texts held as bytes (`Table.spans`), by output (`columns` holds an
    /// empty column there): a string is made of a row only when it is read, so `select *` over 100,000
    /// reports, or a join's pairs of them, holds no second copy of the texts.
    var texts: [Int: TextSpans] = [:]

    /// The outputs gathered into a table.
    func table() -> Table {
        let gathered = columns.indices.map { k in
            if let spans = texts[k] { return ColumnVector.text(spans.gather(selections[k] ?? .range(0..<rowCount))) }
            return selections[k].map(columns[k].gather) ?? columns[k]
        }
        return Table(columns: gathered, rowCount: rowCount)
    }

    /// The outputs as a result's columns of values.
    func resultValues() -> [any ResultValues] {
        columns.indices.map { k -> any ResultValues in
            if let spans = texts[k] { return TextValues(spans: spans, rows: selections[k], count: rowCount) }
            return SelectedValues(column: columns[k], rows: selections[k], count: rowCount)
        }
    }
}

/// A result column of report texts: each selected row's bytes made into a string when read.
struct TextValues: ResultValues {
    let spans: TextSpans
    let rows: RowSelection?
    let count: Int

    func value(at row: Int) -> Value {
        let r = rows?.row(row) ?? row
        guard spans.valid[r] else { return .null }
        return spans.withTexts { text in .text(String(decoding: text(r), as: UTF8.self)) }
    }

    /// The selected texts as their bytes in place, for the byte renderers: no string is made.
    var cells: ResultCells {
        let (kept, offset) = SelectedValues.cellRows(rows)
        return ResultCells(count: count, textAddresses: spans.addresses, counts: spans.counts, valid: spans.valid, rows: kept,
                           offset: offset, owners: spans.owners)
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
