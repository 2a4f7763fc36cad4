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
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        TableRenderer.draw(result, options: options, to: out) { grid, out, scratch in
            let bar = Array("│".utf8)
            grid.rule("┌", "─", "┬", "┐", to: out)
            if options.headers {
                grid.line(nil, style: .bold, bar: bar, to: out, scratch: &scratch)
                if grid.rowCount > 0 { grid.rule("├", "─", "┼", "┤", to: out) }
            }
            for row in 0..<grid.rowCount { grid.line(row, style: nil, bar: bar, to: out, scratch: &scratch) }
            grid.rule("└", "─", "┴", "┘", to: out)
        }
    }
}
