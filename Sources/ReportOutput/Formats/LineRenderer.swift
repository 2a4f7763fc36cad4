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
/// Written as bytes from the typed cells (`HumanCells`, as the table's), never held as text.
public struct LineRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        let window = RowWindow(result, options: options)
        let rows = result.columns.isEmpty ? 0 : window.shownCount
        let columns = HumanCells.columns(of: result, rows: rows, options: options)
        let (names, widths) = HumanCells.headers(of: result, options: options)
        let nameWidth = widths.max() ?? 0
        var scratch: [UInt8] = []
        for row in 0..<rows {
            if row > 0 { out.append(UInt8(ascii: "\n")) }
            for index in columns.indices {
                out.append(names[index])
                out.append(repeating: UInt8(ascii: " "), count: nameWidth - widths[index])
                let isNull = columns[index].text(row, into: &scratch).isNull
                if scratch.isEmpty {
                    out.append(" =\n")
                    continue
                }
                out.append(" = ")
                if options.color, isNull {
                    out.append(ANSIStyle.dim.wrap(String(decoding: scratch, as: UTF8.self)))
                } else {
                    out.append(scratch)
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
        let trailer = window.trailer(options: options)
        guard !trailer.isEmpty else { return }
        if rows > 0 { out.append(UInt8(ascii: "\n")) }
        out.append(trailer)
    }
}
