import ReportModel

/// A result's columns and headers as the human formats show them (the table's and box's `TableGrid`,
/// `LineRenderer`): one place, so every human format measures and escapes them alike.
extension HumanCells {
    /// Each column of `result` as human cells, formatted over its first `rows` rows.
    static func columns(of result: ResultSet, rows: Int, options: RenderOptions) -> [HumanCells] {
        result.columns.indices.map { index in
            let cells = result.cells(index)
            return HumanCells(cells, format: ColumnFormat(column: result.columns[index], cells: cells, rows: rows, options: options),
                              options: options)
        }
    }

    /// Each column's name as shown (escaped, cut) and its display width.
    static func headers(of result: ResultSet, options: RenderOptions) -> (bytes: [[UInt8]], widths: [Int]) {
        var headers: [[UInt8]] = []
        var widths: [Int] = []
        for column in result.columns {
            var bytes: [UInt8] = []
            widths.append(plain(column.name, into: &bytes, options: options))
            headers.append(bytes)
        }
        return (headers, widths)
    }
}
