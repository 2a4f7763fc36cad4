import ReportModel
@testable import ReportOutput

// The human renderers as they were before they wrote bytes (a `Cell` with a `String` per value, a
// `[[Cell]]` grid, the table one `String`), kept as the reference the byte renderers must match
// byte for byte (`HumanRendererPropertyTests`). Renamed: Reference…; otherwise as they were.

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
struct ReferenceTableRenderer {
    init() {}

    func render(_ result: ResultSet, options: RenderOptions) -> String {
        ReferenceTableRenderer.draw(result, options: options) { grid in
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
            return ReferenceLineRenderer().render(result, options: options)
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
    static func usesTable(_ result: ResultSet, options: RenderOptions) -> Bool {
        switch options.expanded {
        case .off: return true
        case .on: return false
        case .auto:
            guard let terminalWidth = options.terminalWidth else { return true }
            return width(of: result, options: options) <= terminalWidth
        }
    }

    /// The display width of every line of the table `render` would draw (the rows `maxRows` shows).
    static func width(of result: ResultSet, options: RenderOptions) -> Int {
        guard !result.columns.isEmpty else { return 0 }
        let grid = Grid(result, window: RowWindow(result, options: options), options: options)
        return grid.widths.reduce(1) { $0 + $1 + 3 }
    }
}

extension ReferenceTableRenderer {
    /// Header and shown rows as measured cells, with each column's width and alignment.
    struct Grid {
        let headers: [ReferenceCell]
        let rows: [[ReferenceCell]]
        let widths: [Int]
        let alignments: [TextAlignment]

        init(_ result: ResultSet, window: RowWindow, options: RenderOptions) {
            let formats = ColumnFormat.formats(for: result, rows: window.shown, options: options)
            let headers = result.columns.map { ReferenceCell(header: $0.name, options: options) }
            var rows = window.shown.map { values in
                formats.indices.map { index in
                    ReferenceCell(index < values.count ? values[index] : .null, format: formats[index], options: options)
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
        static func cut(_ cells: [ReferenceCell], to widths: [Int]) -> [ReferenceCell] {
            cells.indices.map { index in
                let cell = cells[index]
                guard cell.width > widths[index] else { return cell }
                return ReferenceCell(text: DisplayWidth.truncate(cell.text, toWidth: widths[index]), isNull: cell.isNull)
            }
        }

        private init(headers: [ReferenceCell], rows: [[ReferenceCell]], widths: [Int], alignments: [TextAlignment]) {
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
            let gap = ReferenceCell(text: "…")
            return Grid(headers: cut(headers, gap), rows: rows.map { cut($0, gap) },
                        widths: cut(widths, gap.width), alignments: cut(alignments, .center))
        }

        func line(_ cells: [ReferenceCell], style: ANSIStyle?, options: RenderOptions, bar: String = "|") -> String {
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
struct ReferenceBoxRenderer {
    init() {}

    func render(_ result: ResultSet, options: RenderOptions) -> String {
        ReferenceTableRenderer.draw(result, options: options) { grid in
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


/// A GitHub pipe table, padded by display width so it also reads well as plain text:
///
///     | agency | year |
///     | ------ | ---: |
///     | 北京市 | 2023 |
///
/// The alignment row marks numeric columns `---:`. In cells `|` is written `\|` and a line break
/// `<br>`; other control characters are escaped as in a table. Values are shown as in a table (null
/// as `nullText`, decimals to `decimalPlaces`) but never cut, and every row is written.
struct ReferenceMarkdownRenderer {
    init() {}

    func render(_ result: ResultSet, options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        let values = result.rows
        let formats = ColumnFormat.formats(for: result, rows: values[...], options: options)
        let headers = result.columns.map { ReferenceMarkdownRenderer.cell($0.name) }
        let rows = values.map { values in
            formats.indices.map { index in
                ReferenceMarkdownRenderer.cell(formats[index].text(index < values.count ? values[index] : .null, options: options))
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


/// One cell as a human format shows it: escaped, possibly cut, measured once.
struct ReferenceCell {
    var text: String
    var width: Int
    var isNull: Bool

    init(text: String, isNull: Bool = false) {
        self.text = text
        self.width = DisplayWidth.of(text)
        self.isNull = isNull
    }

    /// A value's cell on one terminal line, cut to `RenderOptions.maxColumnWidth`.
    init(_ value: Value, format: ColumnFormat, options: RenderOptions) {
        self.init(text: ReferenceCell.fit(VisibleText.escape(format.text(value, options: options)), options), isNull: value.isNull)
    }

    /// A header (column name) cell, escaped and cut like a value.
    init(header: String, options: RenderOptions) {
        self.init(text: ReferenceCell.fit(VisibleText.escape(header), options))
    }

    /// The cell padded to `width`, with nulls dimmed and headers bold when colour is on.
    func padded(to width: Int, alignment: TextAlignment, style: ANSIStyle?, options: RenderOptions) -> String {
        let filler = String(repeating: " ", count: max(0, width - self.width))
        let styled = options.color ? (style ?? (isNull ? .dim : nil))?.wrap(text) ?? text : text
        switch alignment {
        case .right: return filler + styled
        case .left: return styled + filler
        case .center:
            let before = filler.count / 2
            return String(filler.prefix(before)) + styled + String(filler.dropFirst(before))
        }
    }

    private static func fit(_ text: String, _ options: RenderOptions) -> String {
        guard let limit = options.maxColumnWidth else { return text }
        return DisplayWidth.truncate(text, toWidth: max(1, limit))
    }
}


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
struct ReferenceLineRenderer {
    init() {}

    func render(_ result: ResultSet, options: RenderOptions) -> String {
        let window = RowWindow(result, options: options)
        let formats = ColumnFormat.formats(for: result, rows: window.shown, options: options)
        let names = result.columns.map { ReferenceCell(header: $0.name, options: options) }
        let nameWidth = names.map(\.width).max() ?? 0
        var records: [String] = []
        for values in window.shown where !names.isEmpty {
            var record = ""
            for index in names.indices {
                let value = index < values.count ? values[index] : .null
                let cell = ReferenceCell(value, format: formats[index], options: options)
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
