/// Everything a renderer may be told. The defaults suit a script or a file export (no footer, no
/// colour, every row, full width); the shell switches on what an interactive session wants — see
/// `interactive(terminalWidth:)`. Renderers never look at the terminal themselves.
public struct RenderOptions: Sendable, Hashable {
    /// When `table` output switches to one field per line (psql's `\x`).
    public enum Expanded: Sendable, Hashable {
        /// Always a table.
        case off
        /// Always one field per line.
        case on
        /// One field per line when the table is wider than `terminalWidth` (a table when it is unknown).
        case auto
    }

    /// How null is shown in human formats (table, line, markdown, chart). CSV, TSV and JSON have their
    /// own null (empty field, empty field, `null`). Keep it distinct from the empty string.
    public var nullText: String
    /// Human formats (table, line, chart) show at most this many rows, then say how many were left out.
    /// 0 (or less) shows every row. Data formats (CSV, TSV, JSON, JSONL, markdown) always write every row.
    public var maxRows: Int
    /// The terminal's width in columns, when known: drives `Expanded.auto`, column elision and the
    /// chart's bar length. The shell knows it only when standard output is a terminal (its reported
    /// size, else `COLUMNS`, else 80); output to a pipe or file has none, so it is never elided.
    public var terminalWidth: Int?
    /// Table and box output wider than `terminalWidth` hide their middle columns behind a `…` column
    /// and say how many (`ColumnElision`, as DuckDB's shell); off for listings whose last column may
    /// wrap instead.
    public var elidesColumns = true
    /// Said after the count of hidden columns, in parentheses.
    public var columnElisionHint = ".expanded on shows every field, one per line"
    /// Table or one field per line; see `Expanded`.
    public var expanded: Expanded
    /// ANSI colour: error messages and carets, table headers and nulls. Off by default.
    public var color: Bool
    /// Start CSV output with a UTF-8 byte order mark, so Excel reads Chinese text as UTF-8.
    public var bom: Bool
    /// End table and line output with a row count, `(1 row)` / `(12 rows)`.
    public var footer: Bool
    /// Human formats show decimals with at most this many fraction digits, the same number down a
    /// column (`0.5000`, `0.6667`, `1.0000`); nil shows the shortest text that round-trips. Data formats
    /// always write the round-tripping text.
    public var decimalPlaces: Int?
    /// Table and line cells wider than this many columns are cut with `…`; nil never cuts.
    public var maxColumnWidth: Int?
    /// Said after the count of rows left out, in parentheses: how to see them all.
    public var elisionHint: String
    /// Tab stops used when an error's source line contains tabs (they are expanded to spaces).
    public var tabWidth: Int
    /// Write the header row (column names) in CSV, TSV, table and box output (`.headers`, `--no-header`).
    public var headers = true
    /// CSV's field separator (`-s`/`--separator`); nil is a comma.
    public var separator: String?
    /// `.width N1 N2 …` (sqlite3): the display width of table and box columns, in order — 0 (or a
    /// column past the list) is automatic, N > 0 is N columns left-aligned, N < 0 is −N columns
    /// right-aligned. A cell (or header) wider than its column is cut with `…`. See `fixedWidth`.
    public var columnWidths: [Int] = []
    /// When and how CSV, TSV, JSON and JSON Lines write a large result on two threads (`RowBlocks`).
    public var rowBlocks = RowBlocks.standard

    public init(
        nullText: String = "NULL",
        maxRows: Int = 0,
        terminalWidth: Int? = nil,
        expanded: Expanded = .off,
        color: Bool = false,
        bom: Bool = false,
        footer: Bool = false,
        decimalPlaces: Int? = 4,
        maxColumnWidth: Int? = nil,
        elisionHint: String = ".maxrows 0 shows all, or export to a file",
        tabWidth: Int = 8
    ) {
        self.nullText = nullText
        self.maxRows = maxRows
        self.terminalWidth = terminalWidth
        self.expanded = expanded
        self.color = color
        self.bom = bom
        self.footer = footer
        self.decimalPlaces = decimalPlaces
        self.maxColumnWidth = maxColumnWidth
        self.elisionHint = elisionHint
        self.tabWidth = tabWidth
    }

    /// The footer line for `rows` rows, `(1 row)`, `(1,234 rows)` (without its newline).
    public static func footer(rows: Int) -> String {
        "(\(RowWindow.grouped(rows)) \(rows == 1 ? "row" : "rows"))"
    }

    /// The width and alignment `.width` gives column `index`, or nil when it is automatic.
    public func fixedWidth(column index: Int) -> (width: Int, alignment: TextAlignment)? {
        guard index < columnWidths.count, columnWidths[index] != 0 else { return nil }
        let width = columnWidths[index]
        return width > 0 ? (width, .left) : (width == Int.min ? Int.max : -width, .right)
    }

    /// What an interactive shell starts with: a row-count footer, tables whose middle columns are
    /// elided when wider than the terminal (`.expanded auto` makes them one field per line instead),
    /// at most 100 rows, cells cut at 60 columns.
    public static func interactive(terminalWidth: Int?, color: Bool = false) -> RenderOptions {
        RenderOptions(
            maxRows: 100, terminalWidth: terminalWidth, expanded: .off, color: color, footer: true,
            maxColumnWidth: 60
        )
    }
}
