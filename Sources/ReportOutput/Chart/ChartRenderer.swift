import ReportModel

/// A horizontal bar chart of one numeric column against one label column:
///
///     北京市 ████████████████████▏ 1234
///     上海   ██████████▏ 617
///     广州市 NULL
///
/// Columns: the explicit indices (0-based) when given; otherwise the label is the first non-numeric
/// column (when every column is numeric: the first column, if there are two or more; else the row
/// number) and the value the first numeric column that is not the label — so `select agency, n` and
/// `select year, n` both chart `n`. Labels are left-aligned by display width and cut to a third of the width. Bars are scaled
/// so the largest magnitude fills the space left by the labels and the widest value, within
/// `RenderOptions.terminalWidth` (80 when unknown); every line fits that width. Each value is printed
/// after its bar, formatted as in a table. Null draws no bar and shows `nullText`; zero draws no bar;
/// any other value draws at least a sliver. With negative values the bar area is split at an axis in
/// proportion to the largest negative and positive magnitudes: negative bars grow left of it (in half
/// columns), positive bars right (in eighths). Rows are limited by `maxRows`, then the elision line
/// and footer, as in a table.
public struct ChartRenderer: Sendable {
    /// The label column (0-based), or nil to choose.
    public var labelColumn: Int?
    /// The value column (0-based), or nil for the first numeric column.
    public var valueColumn: Int?

    public init(labelColumn: Int? = nil, valueColumn: Int? = nil) {
        self.labelColumn = labelColumn
        self.valueColumn = valueColumn
    }

    public func render(_ result: ResultSet, options: RenderOptions) throws(ChartError) -> String {
        let columns = try ChartColumns(result, label: labelColumn, value: valueColumn)
        let window = RowWindow(result, options: options)
        let shownRows = window.shown
        let values = shownRows.map { columns.value < $0.count ? $0[columns.value] : .null }
        let format = ColumnFormat(column: result.columns[columns.value], values: values, options: options)
        let valueCells = values.map { Cell($0, format: format, options: options) }
        let totalWidth = options.terminalWidth ?? 80
        let labels = ChartRenderer.labels(result, column: columns.label, rows: shownRows, maxWidth: max(4, totalWidth / 3), options: options)
        let labelWidth = labels.map(\.width).max() ?? 0
        let valueWidth = valueCells.map(\.width).max() ?? 0
        let scale = ChartScale(values.compactMap(\.doubleValue), area: max(10, totalWidth - labelWidth - valueWidth - 2))
        var out = ""
        for index in values.indices {
            let label = labels[index].padded(to: labelWidth, alignment: .left, style: nil, options: options)
            let shown = valueCells[index].padded(to: 0, alignment: .left, style: nil, options: options)
            out += label + " " + scale.bar(values[index].doubleValue) + shown + "\n"
        }
        return out + window.trailer(options: options)
    }

    /// The label cells: the label column's values shown as in a table and cut to `maxWidth`, or row
    /// numbers when there is no label column.
    private static func labels(
        _ result: ResultSet, column: Int?, rows: ArraySlice<[Value]>, maxWidth: Int, options: RenderOptions
    ) -> [Cell] {
        guard let column else { return rows.indices.map { Cell(text: String($0 - rows.startIndex + 1)) } }
        let values = rows.map { column < $0.count ? $0[column] : .null }
        let format = ColumnFormat(column: result.columns[column], values: values, options: options)
        return values.map { value in
            let text = VisibleText.escape(format.text(value, options: options))
            return Cell(text: DisplayWidth.truncate(text, toWidth: maxWidth), isNull: value.isNull)
        }
    }
}
