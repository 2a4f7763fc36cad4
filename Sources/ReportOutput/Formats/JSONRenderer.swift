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
        guard result.rowCount > 0 else { return "[]\n" }
        let keys = JSONText.keys(result.columns)
        let objects = (0..<result.rowCount).map { "  " + JSONText.object(keys: keys, values: result.row($0)) }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
