import ReportModel

/// Tab-separated values: a header row, LF after every record, fields never quoted. A backslash, tab,
/// newline or carriage return inside a value is written as `\\`, `\t`, `\n`, `\r` (PostgreSQL's text
/// format), so every record is one line and the text can be read back exactly. Null is an empty field
/// (so is the empty string: TSV cannot tell them apart). Numbers as in CSV. Every row is written.
public struct TSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        var out = options.headers ? result.columns.map { TSVRenderer.escape($0.name) }.joined(separator: "\t") + "\n" : ""
        for row in 0..<result.rowCount {
            out += result.columns.indices.map { index in
                let value = result[row, index]
                if case .text(let text) = value { return TSVRenderer.escape(text) }
                return DataText.plain(value) ?? ""
            }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// `\` `TAB` `LF` `CR` as two-character escapes.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }
}
