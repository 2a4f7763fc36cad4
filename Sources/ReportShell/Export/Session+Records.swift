import ReportModel
import ReportOutput
import ReportQuery

extension Session {
    /// The formats `gongkai records --format` takes.
    public static let recordFormats = ["jsonl", "csv", "parquet", "sqlite"]

    /// `gongkai records [--format F] [--output PATH] [--sources]`: every record, every field in catalog
    /// order, keys exactly the catalog's names — as JSON Lines or CSV on standard output, or to a file
    /// through the same checks and atomic writes as `export` (a SQLite table `reports`). With
    /// `sources`, each field is followed by `source(FIELD)` (`FILE:LINE (ORIGIN)`, as `source()`
    /// gives it) — in a SQLite file, by the `sources` and `warnings` tables instead. The format is
    /// `format`, else the output's extension, else JSON Lines; SQLite and Parquet need a file.
    public func writeRecords(format name: String?, output: String?, sources: Bool) -> SessionStatus {
        var chosen: ExportFormat?
        if let name {
            switch name.lowercased() {
            case "jsonl", "ndjson": chosen = .text(.jsonl)
            case "csv": chosen = .text(.csv)
            case "parquet": chosen = .file(.parquet)
            case "sqlite": chosen = .file(.sqlite)
            default:
                return usageError("unknown records format '\(name)'", hint: "one of \(Session.recordFormats.joined(separator: ", "))")
            }
        }
        guard let output else {
            switch chosen ?? .text(.jsonl) {
            case .text(let format):
                guard let result = recordsResult(withSources: sources) else { return .failure }
                stream { format.write(result, to: $0) }
                return .success
            case .file(let format):
                return usageError("\(format.rawValue) needs a file", hint: "add --output PATH")
            }
        }
        let target: ExportTarget
        do {
            target = try ExportTarget(path: output, corpusPaths: corpus.paths, loadedFiles: corpus.files, format: chosen)
        } catch {
            return fail(error)
        }
        let sqlite = target.format == .file(.sqlite)
        guard let result = recordsResult(withSources: sources && !sqlite) else { return .failure }
        let request = ExportRequest(result: result, path: output, withBOM: false, tableName: "reports")
        if let problem = write(request, to: target, provenance: sources) { return fail(problem) }
        inform("wrote \(result.rowCount) \(result.rowCount == 1 ? "record" : "records") to \(target.path)\n")
        return .success
    }

    /// Every field of every record, in catalog order, each followed by its `source()` when asked.
    private func recordsResult(withSources: Bool) -> ResultSet? {
        let names = FieldCatalog.standard.fields.map(\.name)
        let list = withSources ? names.map { "\($0), source(\($0))" } : names
        do {
            return try database.query("select " + list.joined(separator: ", "))
        } catch {
            fail(error)
            return nil
        }
    }
}
