import ReportModel
@testable import ReportOutput

/// The data renderers as they were before they wrote bytes (one `Value` per cell, a `String` per
/// row, the whole result one `String`), kept as the reference the byte renderers must match byte for
/// byte (`DataRendererPropertyTests`). One change: a separator of several characters is looked for
/// as bytes (as the byte renderer does) rather than as `Character`s, which differ only when the
/// separator is followed by a combining mark in a text.
enum ReferenceDataRenderers {
    static func csv(_ result: ResultSet, options: RenderOptions) -> String {
        var out = options.bom ? "\u{FEFF}" : ""
        guard !result.columns.isEmpty else { return out }
        let separator = options.separator ?? ","
        if options.headers {
            out += result.columns.map { csvField($0.name, separator: separator) }.joined(separator: separator) + "\r\n"
        }
        for row in 0..<result.rowCount {
            out += result.columns.indices.map { csvField(result[row, $0], separator: separator) }
                .joined(separator: separator) + "\r\n"
        }
        return out
    }

    static func csvField(_ value: Value, separator: String) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text.isEmpty ? "\"\"" : csvField(text, separator: separator)
        default: return plain(value) ?? ""
        }
    }

    static func csvField(_ text: String, separator: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || (separator != "," && !separator.isEmpty && containsBytes(text, separator))
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        return "\"" + replacingScalars(text) { $0 == "\"" ? "\"\"" : nil } + "\""
    }

    static func tsv(_ result: ResultSet, options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        var out = options.headers ? result.columns.map { tsvEscape($0.name) }.joined(separator: "\t") + "\n" : ""
        for row in 0..<result.rowCount {
            out += result.columns.indices.map { index in
                let value = result[row, index]
                if case .text(let text) = value { return tsvEscape(text) }
                return plain(value) ?? ""
            }.joined(separator: "\t") + "\n"
        }
        return out
    }

    static func tsvEscape(_ text: String) -> String {
        replacingScalars(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    static func json(_ result: ResultSet) -> String {
        guard result.rowCount > 0 else { return "[]\n" }
        let keys = jsonKeys(result.columns)
        let objects = (0..<result.rowCount).map { "  " + jsonObject(keys: keys, values: result.row($0)) }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonl(_ result: ResultSet) -> String {
        let keys = jsonKeys(result.columns)
        return (0..<result.rowCount).map { jsonObject(keys: keys, values: result.row($0)) + "\n" }.joined()
    }

    static func jsonObject(keys: [String], values: [Value]) -> String {
        var out = "{"
        for index in keys.indices {
            if index > 0 { out += "," }
            let value = values[index]
            out += jsonString(keys[index]) + ":" + (value.textValue.map(jsonString) ?? plain(value) ?? "null")
        }
        return out + "}"
    }

    static func jsonString(_ text: String) -> String {
        let escaped = replacingScalars(text) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{08}": "\\b"
            case "\u{0C}": "\\f"
            case _ where scalar.value < 0x20:
                "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// The keys were not changed: the renderer's own rule.
    static func jsonKeys(_ columns: [ResultColumn]) -> [String] { JSONText.keys(columns) }

    static func plain(_ value: Value) -> String? {
        switch value {
        case .null: return nil
        case .decimal(let number): return number.isFinite ? Value.format(decimal: number) : nil
        default: return value.description
        }
    }

    static func replacingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(text.utf8), needle = Array(needle.utf8)
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<$0 + needle.count]) == needle }
    }
}
