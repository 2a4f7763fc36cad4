import ReportOutput

/// What an export path's extension asks for: a text format (`.csv .tsv .json .jsonl .md`) or a
/// binary file (`.sqlite .db .parquet`). A partitioned export is a folder of Parquet files whatever
/// its name.
enum ExportFormat: Hashable {
    case text(OutputFormat)
    case file(FileFormat)

    /// Every extension export understands, as the error message lists them.
    static let extensions = ["csv", "tsv", "json", "jsonl", "md"] + FileFormat.extensions

    init?(fileExtension: String) {
        if let format = OutputFormat(fileExtension: fileExtension) {
            self = .text(format)
        } else if let format = FileFormat(fileExtension: fileExtension) {
            self = .file(format)
        } else {
            return nil
        }
    }
}
