import ReportModel

/// The JSON text of values and records, shared by `JSONRenderer` and `JSONLinesRenderer`.
/// Strings keep non-ASCII text (Chinese) as UTF-8; `"` `\` and control characters are escaped
/// (`\n` `\r` `\t` `\b` `\f`, others as `\u00XX`). Numbers are numbers (decimals round-trip), bools are
/// bools, null and non-finite decimals are `null`.
enum JSONText {
    /// One record as a compact object, keys in column order: `{"agency":"北京市","year":2023}`.
    static func object(keys: [String], values: [Value]) -> String {
        var out = "{"
        for index in keys.indices {
            if index > 0 { out += "," }
            out += string(keys[index]) + ":" + value(index < values.count ? values[index] : .null)
        }
        return out + "}"
    }

    static func value(_ value: Value) -> String {
        if case .text(let text) = value { return string(text) }
        return DataText.plain(value) ?? "null"
    }

    static func string(_ text: String) -> String {
        let escaped = text.replacingScalars { scalar in
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

    /// Column names as object keys, made unique: a repeated name gets `_2`, `_3` … (a JSON object with
    /// the same key twice loses one of the values in most readers).
    static func keys(_ columns: [ResultColumn]) -> [String] {
        var used = Set<String>()
        return columns.map { column in
            var key = column.name
            var suffix = 2
            while used.contains(key) {
                key = column.name + "_\(suffix)"
                suffix += 1
            }
            used.insert(key)
            return key
        }
    }
}
