import ReportModel

/// An aligned table in plain ASCII, MySQL/DuckDB style:
///
///     +--------+------+
///     | agency | year |
///     +--------+------+
///     | 北京市 | 2023 |
///     +--------+------+
///
/// ASCII borders (not box drawing) because box-drawing characters are East Asian Width "ambiguous":
/// terminals set up for Chinese draw them two columns wide and the table would fall apart. Columns are
/// measured by `DisplayWidth`; numbers (and their headers) are right-aligned, everything else left.
/// Every line of the table has the same display width. A table wider than `terminalWidth` hides its
/// middle columns behind a `…` column (`ColumnElision`, as DuckDB's shell). Then the line saying how
/// many columns were hidden, the row elision line and the footer, if any. With
/// `RenderOptions.expanded` `.on` — or `.auto` when the table is wider than `terminalWidth` — it
/// renders as `LineRenderer` instead.
public struct TableRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        TableRenderer.draw(result, options: options, to: out) { grid, out, scratch in
            let bar = Array("|".utf8)
            grid.rule("+", "-", "+", "+", to: out)
            if options.headers {
                grid.line(nil, style: .bold, bar: bar, to: out, scratch: &scratch)
                grid.rule("+", "-", "+", "+", to: out)
            }
            for row in 0..<grid.rowCount { grid.line(row, style: nil, bar: bar, to: out, scratch: &scratch) }
            if grid.rowCount > 0 { grid.rule("+", "-", "+", "+", to: out) }
        }
    }

    /// A table drawn by `body` from the measured grid (its middle columns elided when it is wider
    /// than the terminal), then the elision lines and footer — or, when `usesTable` says so, one field
    /// per line instead (shared by `table` and `box`).
    static func draw(_ result: ResultSet, options: RenderOptions, to out: ByteWriter,
                     _ body: (TableGrid, ByteWriter, inout [UInt8]) -> Void) {
        if !usesTable(result, options: options) {
            return LineRenderer().write(result, options: options, to: out)
        }
        let window = RowWindow(result, options: options)
        guard !result.columns.isEmpty else { return out.append(window.trailer(options: options)) }
        var grid = TableGrid(result, rows: window.shownCount, options: options)
        var columnsLine = ""
        if options.elidesColumns, let budget = options.terminalWidth,
           let elision = ColumnElision.choose(widths: grid.widths, budget: budget)
        {
            grid.elide(elision)
            columnsLine = elision.line(options: options)
        }
        var scratch: [UInt8] = []
        body(grid, out, &scratch)
        out.append(columnsLine)
        out.append(window.trailer(options: options))
    }

    /// Whether `render` draws a table (true) or one field per line (false), by `options.expanded`.
    public static func usesTable(_ result: ResultSet, options: RenderOptions) -> Bool {
        switch options.expanded {
        case .off: return true
        case .on: return false
        case .auto:
            guard let terminalWidth = options.terminalWidth else { return true }
            return width(of: result, options: options) <= terminalWidth
        }
    }

    /// The display width of every line of the table `render` would draw (the rows `maxRows` shows).
    public static func width(of result: ResultSet, options: RenderOptions) -> Int {
        guard !result.columns.isEmpty else { return 0 }
        return TableGrid(result, rows: RowWindow(result, options: options).shownCount, options: options).lineWidth
    }
}
