import ReportModel

/// A JSON array of objects, one object per line, keys in column order (see `JSONText` for values):
///
///     [
///       {"agency":"北京市","year":2023},
///       {"agency":"上海市","year":null}
///     ]
///
/// An empty result is `[]`. Every row is written.
public struct JSONRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        guard result.rowCount > 0 else { return out.append("[]\n") }
        let json = JSONText(result)
        out.append("[\n")
        options.rowBlocks.write(result, to: out) { columns, rows, out in
            for row in rows {
                out.append(row == 0 ? "  " : ",\n  ")
                json.object(row, columns, to: out)
            }
        }
        out.append("\n]\n")
    }
}
