/// Splits scripts into statements and meta-commands, and tells the interactive shell whether the text
/// typed so far is ready to run.
///
/// Rules: `;` ends a statement; a statement may span lines; a line whose first word is a statement
/// keyword (select, create, drop, views, export) ends the statement before it — unless that statement
/// is still open, as in `create view v as` followed by a line `select …`; `--` starts a comment to the
/// end of the line (not inside strings or quoted names); a line beginning with `.` is a meta-command.
public enum StatementSplitter {
    /// The statements and meta-commands of a script, in order. Empty statements (`;;`) are skipped.
    public static func split(_ script: String) -> [ScriptItem] {
        var scanner = ScriptScanner(script)
        scanner.run()
        return scanner.items
    }

    /// True when the text is ready to run: it ends with `;` (outside strings and comments), it is a
    /// complete statement that parses (or fails before its end, so the error can be shown), or it is a
    /// meta-command. False for blank text, an open string or quoted name, and a statement whose parse
    /// runs into the end of the text (`select agency where`).
    public static func isComplete(_ text: String) -> Bool {
        var scanner = ScriptScanner(text)
        scanner.run()
        if scanner.endsInsideQuote { return false }
        if scanner.endsWithSemicolon { return true }
        guard let last = scanner.items.last else { return false }
        if last.kind == .metaCommand { return true }
        return !isOpen(last.text)
    }

    /// The interactive shell's rule, as in sqlite3, psql and DuckDB: the text typed so far runs when it
    /// ends with `;` (outside strings, quoted names and comments), however early it would parse, or
    /// when it is one meta-command line (which ends at the end of its line). Scripts and `-c` do not
    /// use this: `split` finds their statements.
    public static func isTerminated(_ text: String) -> Bool {
        var scanner = ScriptScanner(text)
        scanner.run()
        if scanner.endsInsideQuote { return false }
        if scanner.endsWithSemicolon { return true }
        return scanner.items.count == 1 && scanner.items[0].kind == .metaCommand
    }

    /// Whether a statement's parse runs into the end of its text (more text could complete it).
    static func isOpen(_ statement: String) -> Bool {
        do {
            _ = try Parser.parseStatement(statement)
            return false
        } catch {
            return error.atEnd
        }
    }
}
