import ReportModel

/// One field per line, `name = value`, the names padded to the widest by display width, a blank line
/// between records (sqlite's `.mode line`, psql's `\x`):
///
///     agency       = 北京市
///     requests.new = 12
///
///     agency       = 上海市
///     requests.new = NULL
///
/// Values are shown as in a table (null as `nullText`, decimals to `decimalPlaces`, control characters
/// escaped, cut at `maxColumnWidth`). The elision line and the footer follow after a blank line.
public struct LineRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        let window = RowWindow(result, options: options)
        let shown = window.shown
        let formats = ColumnFormat.formats(for: result, rows: shown, options: options)
        let names = result.columns.map { Cell(header: $0.name, options: options) }
        let nameWidth = names.map(\.width).max() ?? 0
        var records: [String] = []
        for values in shown where !names.isEmpty {
            var record = ""
            for index in names.indices {
                let value = index < values.count ? values[index] : .null
                let cell = Cell(value, format: formats[index], options: options)
                let name = names[index].padded(to: nameWidth, alignment: .left, style: nil, options: options)
                record += cell.text.isEmpty ? name + " =\n" : name + " = " + cell.padded(
                    to: 0, alignment: .left, style: nil, options: options) + "\n"
            }
            records.append(record)
        }
        let trailer = window.trailer(options: options)
        if trailer.isEmpty { return records.joined(separator: "\n") }
        return records.map { $0 + "\n" }.joined() + trailer
    }
}
