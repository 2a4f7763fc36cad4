import ReportModel

/// JSON Lines (NDJSON): one compact object per row, each followed by LF, keys in column order (see
/// `JSONText` for values). An empty result is empty text. Every row is written.
public struct JSONLinesRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        let keys = JSONText.keys(result.columns)
        return (0..<result.rowCount).map { JSONText.object(keys: keys, values: result.row($0)) + "\n" }.joined()
    }
}
