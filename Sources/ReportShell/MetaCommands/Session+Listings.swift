import ReportOutput

extension Session {
    /// Options for listings of the shell's own (`.fields`, `.warnings`): every row, no cell cut, and
    /// in the interactive shell always a table (its last column, a label or a message, may wrap
    /// rather than the listing turning into one field per line or hiding columns).
    var listingOptions: RenderOptions {
        var options = renderOptions
        options.maxRows = 0
        options.maxColumnWidth = nil
        options.elidesColumns = false
        if configuration.interactive { options.expanded = .off }
        return options
    }

    /// The width listings fit (`FittedListing`): the terminal's when results go to it, else
    /// `$COLUMNS`, else 80.
    var listingWidth: Int {
        (redirection == nil ? configuration.terminalWidth() : nil) ?? configuration.columns ?? 80
    }
}
