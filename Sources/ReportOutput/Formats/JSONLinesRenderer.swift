import ReportModel

/// JSON Lines (NDJSON): one compact object per row, each followed by LF, keys in column order (see
/// `JSONText` for values). An empty result is empty text. Every row is written.
public struct JSONLinesRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        let json = JSONText(result)
        options.rowBlocks.write(result, to: out) { columns, rows, out in
            for row in rows {
                json.object(row, columns, to: out)
                out.append(UInt8(ascii: "\n"))
            }
        }
    }
}
