import ReportOutput

/// What `.format`, `.maxrows`, `.nullvalue` and `.timer` change, and the render options they make.
struct DisplaySettings {
    var format: OutputFormat
    /// nil: the mode's default (100 rows in the interactive shell, every row in script mode).
    var maxRows: Int?
    var nullText = "NULL"
    var timer = false

    /// Options for the human formats and data formats alike (data formats ignore row limits).
    func renderOptions(interactive: Bool, terminalWidth: Int?) -> RenderOptions {
        var options = interactive ? RenderOptions.interactive(terminalWidth: terminalWidth) : RenderOptions()
        if let maxRows { options.maxRows = maxRows }
        options.nullText = nullText
        return options
    }

    /// The `.maxrows` value in effect.
    func effectiveMaxRows(interactive: Bool) -> Int {
        maxRows ?? renderOptions(interactive: interactive, terminalWidth: nil).maxRows
    }
}
