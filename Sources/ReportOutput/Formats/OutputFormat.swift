import ReportModel

/// The output modes of the shell (`.mode`, `--format`) and of export. Charts are separate
/// (`ChartRenderer`): they need a label and a numeric column, so they can fail.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned ASCII table; one field per line when `RenderOptions.expanded` says so.
    case table
    /// RFC 4180: CRLF, quoted only when needed, null as an empty field.
    case csv
    /// Tab-separated, LF, `\t` `\n` `\r` `\\` escaped, null as an empty field.
    case tsv
    /// A JSON array of objects, one object per line.
    case json
    /// One JSON object per line (JSON Lines / NDJSON).
    case jsonl
    /// A GitHub pipe table.
    case markdown
    /// One `name = value` line per field, a blank line between records.
    case line
    /// The table with Unicode box-drawing lines (sqlite3's and DuckDB's `box`).
    case box

    /// The format named `name` (case-insensitive), accepting `md` and `ndjson` too.
    public init?(name: String) {
        switch name.lowercased() {
        case "md": self = .markdown
        case "ndjson": self = .jsonl
        default:
            guard let format = OutputFormat(rawValue: name.lowercased()) else { return nil }
            self = format
        }
    }

    /// The data format an export path names by its extension (`.csv`, `.tsv`, `.json`, `.jsonl`,
    /// `.ndjson`, `.md`); nil for other extensions.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased().drop(while: { $0 == "." }) {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// The renderer for this format.
    public var renderer: any ResultRenderer {
        switch self {
        case .table: return TableRenderer()
        case .csv: return CSVRenderer()
        case .tsv: return TSVRenderer()
        case .json: return JSONRenderer()
        case .jsonl: return JSONLinesRenderer()
        case .markdown: return MarkdownRenderer()
        case .line: return LineRenderer()
        case .box: return BoxRenderer()
        }
    }

    /// `renderer.render(result, options: options)`.
    public func render(_ result: ResultSet, options: RenderOptions = RenderOptions()) -> String {
        renderer.render(result, options: options)
    }

    /// `renderer.write(result, options: options, to: out)`: the same bytes, streamed.
    public func write(_ result: ResultSet, options: RenderOptions = RenderOptions(), to out: ByteWriter) {
        renderer.write(result, options: options, to: out)
    }
}
