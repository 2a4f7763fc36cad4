import ReportOutput

/// What `.format`, `.maxrows`, `.nullvalue`, `.timer`, `.headers`, `.expanded` and `.width` change, and the render options they make.
struct DisplaySettings {
    var format: OutputFormat
    /// nil: the mode's default (100 rows in the interactive shell, every row in script mode).
    var maxRows: Int?
    var nullText = "NULL"
    var timer = false
    /// `.headers on|off`, `--no-header`.
    var headers = true
    /// `.expanded on|off|auto`, `\x`; nil: the mode's default (off: a wide table is elided).
    var expanded: RenderOptions.Expanded?
    /// `-s`/`--separator`: CSV's field separator.
    var separator: String?
    /// `--bom`: CSV output starts with a UTF-8 byte-order mark.
    var bom = false
    /// `.width N1 N2 …`: table and box column widths (`RenderOptions.columnWidths`).
    var columnWidths: [Int] = []

    /// Options for the human formats and data formats alike (data formats ignore row limits).
    func renderOptions(interactive: Bool, terminalWidth: Int?) -> RenderOptions {
        var options = interactive ? RenderOptions.interactive(terminalWidth: terminalWidth) : RenderOptions()
        // A script writing to a terminal fits it too (as DuckDB's shell with -c); a pipe has no width.
        options.terminalWidth = terminalWidth
        if let maxRows { options.maxRows = maxRows }
        options.nullText = nullText
        options.headers = headers
        if let expanded { options.expanded = expanded }
        options.separator = separator
        options.bom = bom
        options.columnWidths = columnWidths
        return options
    }

    /// The `.maxrows` value in effect.
    func effectiveMaxRows(interactive: Bool) -> Int {
        maxRows ?? renderOptions(interactive: interactive, terminalWidth: nil).maxRows
    }
}
