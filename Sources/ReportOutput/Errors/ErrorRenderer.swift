import ReportQuery

/// Renders a `QueryError` against the statement it is about:
///
///     error: unknown field 'requests.nwe' — did you mean 'requests.new'?
///       select agency where requests.nwe > 0
///                           ^~~~~~~~~~~~
///
/// The message, then ` — ` and the hint when there is one. When the error has a range, the line of
/// the statement holding the range's start is shown indented by two spaces, and under it a caret line
/// placed by display width (so it lines up under Chinese text): `^` at the start, `~` under the rest
/// of the range on that line. Tabs are expanded (`RenderOptions.tabWidth`). With a `ScriptLocation`
/// the first line starts `FILE:LINE:COL: ` — LINE and COL 1-based, COL counting characters (grapheme
/// clusters; a tab or a Chinese character is one), offset by where the statement starts in the file;
/// an error without a range points at the statement's start. With `RenderOptions.color`, `error:` is
/// bold red and the caret line bold green. Control characters in the message, hint and file name
/// are escaped (`VisibleText`), as in the statement's line. The text ends with a newline. With
/// `warning`, the same layout starts `warning:` (something the statement did that is probably not
/// meant, though it ran: `ValueWarnings`).
public enum ErrorRenderer {
    public static func render(
        _ error: QueryError, statement: String, location: ScriptLocation? = nil,
        options: RenderOptions = RenderOptions(), warning: Bool = false
    ) -> String {
        let span = error.range.map {
            SourceSpan(text: statement, start: $0.start, end: $0.end, tabWidth: options.tabWidth)
        }
        var out = ""
        if let location {
            let line = location.line + (span?.lineIndex ?? 0)
            let firstLine = span.map { $0.lineIndex == 0 } ?? true
            let column = (firstLine ? location.column : 1) + (span?.charactersBefore ?? 0)
            out += style("\(VisibleText.escape(location.file)):\(line):\(column):", .bold, options) + " "
        }
        // The message may quote the input (an unexpected character, a name): never raw control bytes.
        out += style(warning ? "warning:" : "error:", warning ? .bold : .boldRed, options) + " " + VisibleText.escape(error.message)
        if let hint = error.hint, !hint.isEmpty { out += " — " + VisibleText.escape(hint) }
        out += "\n"
        if let span {
            out += "  " + span.drawnLine + "\n"
            out += "  " + style(span.caretLine, .boldGreen, options) + "\n"
        }
        return out
    }

    private static func style(_ text: String, _ style: ANSIStyle, _ options: RenderOptions) -> String {
        options.color ? style.wrap(text) : text
    }
}
