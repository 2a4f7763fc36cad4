import ReportModel

/// Turns a result into text. Pure: no I/O, no terminal detection — everything it needs is in
/// `RenderOptions`. The text is complete: every line, the last included, ends with its line terminator
/// (CRLF for CSV, LF otherwise), so the caller writes it as is. Empty text means nothing to print.
public protocol ResultRenderer: Sendable {
    func render(_ result: ResultSet, options: RenderOptions) -> String
}
