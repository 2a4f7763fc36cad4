import ReportModel

/// The JSON text of values and records, shared by `JSONRenderer` and `JSONLinesRenderer`.
/// Strings keep non-ASCII text (Chinese) as UTF-8; `"` `\` and control characters are escaped
/// (`\n` `\r` `\t` `\b` `\f`, others as `\u00XX`). Numbers are numbers (decimals round-trip), bools are
/// bools, null and non-finite decimals are `null` (`DataCells`). Written as bytes from typed cells.
struct JSONText: Sendable {
    /// Per column, the bytes before its value: `{"agency":`, then `,"year":` ….
    private let prefixes: [[UInt8]]

    init(_ result: ResultSet) {
        prefixes = JSONText.keys(result.columns).enumerated().map { index, key in
            let text = ByteWriter.text { out in withBytes(of: key) { JSONText.string($0, to: out) } }
            return Array((index == 0 ? "{" : ",").utf8) + Array(text.utf8) + [UInt8(ascii: ":")]
        }
    }

    /// Row `row` as a compact object, keys in column order: `{"agency":"北京市","year":2023}`, from the
    /// columns' cells (in column order).
    func object(_ row: Int, _ columns: UnsafeBufferPointer<CellPointers>, to out: ByteWriter) {
        guard !columns.isEmpty else { return out.append("{}") }
        for index in columns.indices {
            out.append(prefixes[index])
            DataCells.write(columns[index], row, to: out, null: "null") { JSONText.string($0, to: out) }
        }
        out.append(UInt8(ascii: "}"))
    }

    private static let special = ByteSet.controls(and: [UInt8(ascii: "\""), UInt8(ascii: "\\")])
    private static let hex = Array("0123456789abcdef".utf8)

    /// A string, quoted and escaped.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        out.append(UInt8(ascii: "\""))
        out.append(bytes, escaping: special) { byte, out in
            switch byte {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            default:
                out.append("\\u00")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            }
        }
        out.append(UInt8(ascii: "\""))
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
