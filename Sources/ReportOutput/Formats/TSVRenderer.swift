import ReportModel

/// Tab-separated values: a header row, LF after every record, fields never quoted. A backslash, tab,
/// newline or carriage return inside a value is written as `\\`, `\t`, `\n`, `\r` (PostgreSQL's text
/// format), so every record is one line and the text can be read back exactly. Null is an empty field
/// (so is the empty string: TSV cannot tell them apart). Numbers as in CSV. Every row is written,
/// as bytes from the typed cells (`DataCells`).
public struct TSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        guard !result.columns.isEmpty else { return }
        if options.headers {
            for (index, column) in result.columns.enumerated() {
                if index > 0 { out.append(UInt8(ascii: "\t")) }
                withBytes(of: column.name) { TSVRenderer.escape($0, to: out) }
            }
            out.append(UInt8(ascii: "\n"))
        }
        options.rowBlocks.write(result, to: out) { columns, rows, out in   // as in `CSVRenderer`
            for row in rows {
                for index in columns.indices {
                    if index > 0 { out.append(UInt8(ascii: "\t")) }
                    DataCells.write(columns[index], row, to: out, null: "") { TSVRenderer.escape($0, to: out) }
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    private static let special = ByteSet([0x5C, 0x09, 0x0A, 0x0D])

    /// `\` `TAB` `LF` `CR` as two-character escapes.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        out.append(bytes, escaping: special) { byte, out in
            switch byte {
            case 0x5C: out.append("\\\\")
            case 0x09: out.append("\\t")
            case 0x0A: out.append("\\n")
            default: out.append("\\r")
            }
        }
    }
}
