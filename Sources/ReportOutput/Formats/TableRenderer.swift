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
        TableRenderer.draw(result, options: options) { grid in
            let border = grid.rule("+", "-", "+", "+")
            var out = border + (options.headers ? grid.line(grid.headers, style: .bold, options: options) + border : "")
            for row in grid.rows { out += grid.line(row, style: nil, options: options) }
            if !grid.rows.isEmpty { out += border }
            return out
        }
    }

    /// A table drawn by `body` from the measured grid (its middle columns elided when it is wider
    /// than the terminal), then the elision lines and footer — or, when `usesTable` says so, one field
    /// per line instead (shared by `table` and `box`).
    static func draw(_ result: ResultSet, options: RenderOptions, _ body: (Grid) -> String) -> String {
        if !usesTable(result, options: options) {
            return LineRenderer().render(result, options: options)
        }
        let window = RowWindow(result, options: options)
        guard !result.columns.isEmpty else { return window.trailer(options: options) }
        var grid = Grid(result, window: window, options: options)
        var columnsLine = ""
        if options.elidesColumns, let budget = options.terminalWidth,
           let elision = ColumnElision.choose(widths: grid.widths, budget: budget)
        {
            grid = grid.eliding(elision)
            columnsLine = elision.line(options: options)
        }
        return body(grid) + columnsLine + window.trailer(options: options)
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
        let grid = Grid(result, window: RowWindow(result, options: options), options: options)
        return grid.widths.reduce(1) { $0 + $1 + 3 }
    }
}

extension TableRenderer {
    /// Header and shown rows as measured cells, with each column's width and alignment.
    struct Grid {
        let headers: [Cell]
        let rows: [[Cell]]
        let widths: [Int]
        let alignments: [TextAlignment]

        init(_ result: ResultSet, window: RowWindow, options: RenderOptions) {
            let formats = ColumnFormat.formats(for: result, rows: window.shown, options: options)
            let headers = result.columns.map { Cell(header: $0.name, options: options) }
            var rows = window.shown.map { values in
                formats.indices.map { index in
                    Cell(index < values.count ? values[index] : .null, format: formats[index], options: options)
                }
            }
            widths = headers.indices.map { index in
                options.fixedWidth(column: index)?.width ?? rows.reduce(headers[index].width) { max($0, $1[index].width) }
            }
            alignments = formats.indices.map { options.fixedWidth(column: $0)?.alignment ?? formats[$0].alignment }
            if options.columnWidths.isEmpty {
                self.headers = headers
            } else {
                self.headers = Grid.cut(headers, to: widths)
                for row in rows.indices { rows[row] = Grid.cut(rows[row], to: widths) }
            }
            self.rows = rows
        }

        /// Cells wider than their column (fixed by `.width`) cut with `…`.
        static func cut(_ cells: [Cell], to widths: [Int]) -> [Cell] {
            cells.indices.map { index in
                let cell = cells[index]
                guard cell.width > widths[index] else { return cell }
                return Cell(text: DisplayWidth.truncate(cell.text, toWidth: widths[index]), isNull: cell.isNull)
            }
        }

        private init(headers: [Cell], rows: [[Cell]], widths: [Int], alignments: [TextAlignment]) {
            self.headers = headers
            self.rows = rows
            self.widths = widths
            self.alignments = alignments
        }

        /// The grid with only `elision`'s first and last columns, a `…` column between them.
        func eliding(_ elision: ColumnElision) -> Grid {
            let last = widths.count - elision.trailing
            func cut<T>(_ cells: [T], _ gap: T) -> [T] {
                Array(cells[..<elision.leading]) + [gap] + Array(cells[last...])
            }
            let gap = Cell(text: "…")
            return Grid(headers: cut(headers, gap), rows: rows.map { cut($0, gap) },
                        widths: cut(widths, gap.width), alignments: cut(alignments, .center))
        }

        func line(_ cells: [Cell], style: ANSIStyle?, options: RenderOptions, bar: String = "|") -> String {
            let padded = cells.indices.map {
                cells[$0].padded(to: widths[$0], alignment: alignments[$0], style: style, options: options)
            }
            return bar + " " + padded.joined(separator: " \(bar) ") + " \(bar)\n"
        }

        /// A horizontal rule: `left`, a run of `fill` per column, `cross` between them, `right`.
        func rule(_ left: String, _ fill: String, _ cross: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: cross) + right + "\n"
        }
    }
}
