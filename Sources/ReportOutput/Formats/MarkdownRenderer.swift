import ReportModel

/// A GitHub pipe table, padded by display width so it also reads well as plain text:
///
///     | agency | year |
///     | ------ | ---: |
///     | 北京市 | 2023 |
///
/// The alignment row marks numeric columns `---:`. In cells `|` is written `\|` and a line break
/// `<br>`; other control characters are escaped as in a table. Values are shown as in a table (null
/// as `nullText`, decimals to `decimalPlaces`) but never cut, and every row is written.
public struct MarkdownRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        let values = result.rows
        let formats = ColumnFormat.formats(for: result, rows: values[...], options: options)
        let headers = result.columns.map { MarkdownRenderer.cell($0.name) }
        let rows = values.map { values in
            formats.indices.map { index in
                MarkdownRenderer.cell(formats[index].text(index < values.count ? values[index] : .null, options: options))
            }
        }
        let widths = headers.indices.map { index in
            rows.reduce(max(3, DisplayWidth.of(headers[index]))) { max($0, DisplayWidth.of($1[index])) }
        }
        let alignments = formats.map(\.alignment)
        func line(_ cells: [String]) -> String {
            "| " + cells.indices.map {
                DisplayWidth.pad(cells[$0], toWidth: widths[$0], alignment: alignments[$0])
            }.joined(separator: " | ") + " |\n"
        }
        let rule = widths.indices.map {
            alignments[$0] == .right ? String(repeating: "-", count: widths[$0] - 1) + ":" : String(repeating: "-", count: widths[$0])
        }
        return line(headers) + "| " + rule.joined(separator: " | ") + " |\n" + rows.map(line).joined()
    }

    /// A cell's text: `|` escaped, line breaks as `<br>`, other controls as in a table.
    static func cell(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "|": out += "\\|"
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                out += "<br>"
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return VisibleText.escape(out)
    }
}
