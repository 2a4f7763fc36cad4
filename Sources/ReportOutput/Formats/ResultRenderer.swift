import ReportModel

/// Turns a result into text. Pure: no I/O, no terminal detection — everything it needs is in
/// `RenderOptions`. The text is complete: every line, the last included, ends with its line terminator
/// (CRLF for CSV, LF otherwise), so the caller writes it as is. Empty text means nothing to print.
///
/// `write(_:options:to:)` gives the same bytes to a `ByteWriter`, which streams them to a file or
/// descriptor in large writes. The data formats write there straight from the typed cells; a
/// renderer that makes text gives its `render` (the default).
public protocol ResultRenderer: Sendable {
    func render(_ result: ResultSet, options: RenderOptions) -> String
    func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter)
}

extension ResultRenderer {
    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        out.append(render(result, options: options))
    }
}
