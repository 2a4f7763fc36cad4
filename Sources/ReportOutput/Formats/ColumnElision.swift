/// Which columns a table shows when it is wider than the terminal, as DuckDB's shell does: the first
/// and the last columns stay, the middle ones give way to one `…` column, and a line under the table
/// says how many were hidden.
///
/// Columns are taken from both ends in turn — the first, the last, the second, the one before the
/// last … — as long as the table, with its `…` column, still fits `terminalWidth`; the first column
/// that does not fit ends the choice, so the hidden columns are one run in the middle. At least the
/// first column is shown, however wide. Widths are display widths (`DisplayWidth`: a Chinese
/// character takes two columns), so the table's lines stay aligned.
///
/// Elision happens only when `RenderOptions.terminalWidth` is known, which the shell sets only when
/// standard output is a terminal: output to a pipe or a file is never elided (DuckDB does the same
/// since 1.1.3, duckdb/duckdb#14929).
struct ColumnElision: Equatable {
    /// The columns shown before the `…` column.
    let leading: Int
    /// The columns shown after it.
    let trailing: Int
    /// All columns of the result.
    let total: Int

    var hidden: Int { total - leading - trailing }

    /// The choice for columns of display widths `widths` in a table whose lines may be `budget` wide;
    /// nil when every column fits. A column of width w takes w + 3 (`| ` … ` `), the table one more
    /// for its last bar; the `…` column takes 4.
    static func choose(widths: [Int], budget: Int) -> ColumnElision? {
        let full = widths.reduce(1) { $0 + $1 + 3 }
        guard full > budget, widths.count > 1 else { return nil }
        var used = 1 + 4
        var leading = 0
        var trailing = 0
        var fromLeft = true
        while leading + trailing < widths.count {
            let index = fromLeft ? leading : widths.count - 1 - trailing
            let needed = widths[index] + 3
            guard used + needed <= budget else { break }
            used += needed
            if fromLeft { leading += 1 } else { trailing += 1 }
            fromLeft.toggle()
        }
        if leading == 0 { leading = 1 }
        if leading + trailing >= widths.count { return nil }
        return ColumnElision(leading: leading, trailing: trailing, total: widths.count)
    }

    /// `… 192 of 200 columns not shown (HINT)`.
    func line(options: RenderOptions) -> String {
        let noun = total == 1 ? "column" : "columns"
        return "… \(RowWindow.grouped(hidden)) of \(RowWindow.grouped(total)) \(noun) not shown (\(options.columnElisionHint))\n"
    }
}
