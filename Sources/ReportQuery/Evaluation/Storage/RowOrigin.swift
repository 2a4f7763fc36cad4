import ReportModel

/// The corpus rows behind some columns of a joined table, for `source()` through a join's alias
/// (`source(p.requests.new.total)`): column `columns.lowerBound + f` of row k is field f of corpus
/// row `rows[k]`, or of no report when that is -1 (the missing side of a left join: null).
struct RowOrigin: Sendable {
    var columns: Range<Int>
    var rows: [Int]
    let store: ColumnStore

    /// The origins of a join's rows: each table's own, or the table itself when it is the corpus,
    /// moved to its columns in the join and read through the pairs (`leftRows[k]`, `rightRows[k]`).
    static func joined(_ join: BoundJoin, store: ColumnStore, _ left: Table, _ right: Table, _ leftRows: [Int], _ rightRows: [Int])
        -> [RowOrigin] {
        func side(_ source: BoundQuery.Source, _ table: Table, width: Int, offset: Int, _ rows: [Int]) -> [RowOrigin] {
            if case .corpus = source { return [RowOrigin(columns: offset..<offset + width, rows: rows, store: store)] }
            return table.origins.map { origin in
                RowOrigin(columns: origin.columns.lowerBound + offset..<origin.columns.upperBound + offset,
                          rows: rows.map { $0 >= 0 ? origin.rows[$0] : -1 }, store: origin.store)
            }
        }
        return side(join.left, left, width: join.leftWidth, offset: 0, leftRows)
            + side(join.right, right, width: join.types.count - join.leftWidth, offset: join.leftWidth, rightRows)
    }

    /// `source()` of column `column` (in `columns`) at the selected rows.
    func source(_ column: Int, _ selection: RowSelection) -> Column<String> {
        let field = column - columns.lowerBound
        return Column.build(count: selection.count, placeholder: "") { k in
            let row = rows[selection.row(k)]
            return row >= 0 ? store.source(row: row, field: field) : nil
        }
    }
}
