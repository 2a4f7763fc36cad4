import ReportModel

/// RFC 4180 CSV: a header row, CRLF after every record (the last included), fields quoted only when
/// they need it — a comma, a double quote, CR or LF, or a leading/trailing space — with quotes doubled.
/// Null is an empty field; the empty string is `""`, so the two stay distinct. Numbers are written in
/// full (`Value.format(decimal:)`, which round-trips); a non-finite decimal is written as null. With
/// `RenderOptions.bom` the text starts with U+FEFF so Excel reads it as UTF-8. Every row is written.
/// `RenderOptions.headers` off leaves the header row out; `RenderOptions.separator` replaces the comma
/// (a field holding it is quoted too).
public struct CSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        var out = options.bom ? "\u{FEFF}" : ""
        guard !result.columns.isEmpty else { return out }
        let separator = options.separator ?? ","
        if options.headers {
            out += result.columns.map { CSVRenderer.field($0.name, separator: separator) }.joined(separator: separator) + "\r\n"
        }
        for row in 0..<result.rowCount {
            out += result.columns.indices.map { CSVRenderer.field(result[row, $0], separator: separator) }
                .joined(separator: separator) + "\r\n"
        }
        return out
    }

    /// One value as a CSV field.
    static func field(_ value: Value, separator: String = ",") -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text.isEmpty ? "\"\"" : field(text, separator: separator)
        default: return DataText.plain(value) ?? ""
        }
    }

    /// Text as a CSV field, quoted when needed.
    static func field(_ text: String, separator: String = ",") -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || (separator != "," && !separator.isEmpty && text.contains(separator))
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingScalars { $0 == "\"" ? "\"\"" : nil } + "\""
    }
}
