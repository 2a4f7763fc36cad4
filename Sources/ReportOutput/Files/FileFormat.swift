/// The binary export formats, picked by a path's extension. Text formats are `OutputFormat`s.
public enum FileFormat: String, Sendable, Hashable, CaseIterable {
    /// A SQLite 3 database: a table per `ExportTable`.
    case sqlite
    /// One Parquet file (the first table).
    case parquet

    /// The extensions export understands for these formats, as messages list them.
    public static let extensions = ["sqlite", "db", "parquet"]

    /// `.sqlite`, `.sqlite3`, `.db` and `.parquet` (case-insensitive); nil for others.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased().drop(while: { $0 == "." }) {
        case "sqlite", "sqlite3", "db": self = .sqlite
        case "parquet": self = .parquet
        default: return nil
        }
    }

    /// The format named `name` (`gongkai records --format`).
    public init?(name: String) {
        self.init(fileExtension: name)
    }

    public var writer: any ResultFileWriter {
        switch self {
        case .sqlite: return SQLiteWriter()
        case .parquet: return ParquetWriter()
        }
    }
}
