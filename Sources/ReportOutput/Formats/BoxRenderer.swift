import ReportModel

/// The table drawn with Unicode box-drawing lines, as sqlite3's `.mode box` and DuckDB's shell:
///
///     ┌────────┬──────┐
///     │ agency │ year │
///     ├────────┼──────┤
///     │ 北京市 │ 2023 │
///     └────────┴──────┘
///
/// Columns measured and aligned by `DisplayWidth` as in `TableRenderer` (the box characters count
/// one column; a terminal set to draw East Asian ambiguous characters wide should use `table`).
/// Expanded output, the elision line and the footer are `TableRenderer`'s.
public struct BoxRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        TableRenderer.draw(result, options: options) { grid in
            var out = grid.rule("┌", "─", "┬", "┐")
            if options.headers {
                out += grid.line(grid.headers, style: .bold, options: options, bar: "│")
                out += grid.rows.isEmpty ? "" : grid.rule("├", "─", "┼", "┤")
            }
            for row in grid.rows { out += grid.line(row, style: nil, options: options, bar: "│") }
            return out + grid.rule("└", "─", "┴", "┘")
        }
    }
}
