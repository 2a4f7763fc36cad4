import FileAccess
import ReportModel
import ReportOutput
import ReportQuery

extension Session {
    /// Writes what `export … to 'PATH' [with bom] [partition by …] [overwrite]` asked for: the format
    /// from the extension (a folder of Parquet files when partitioned), every row, atomically — a
    /// temporary file (or folder) renamed over the target; then `wrote N rows to PATH`.
    func export(_ request: ExportRequest, statement: String) -> SessionStatus {
        let target: ExportTarget
        do {
            target = try ExportTarget(path: request.path, corpusPaths: corpus.paths, loadedFiles: corpus.files,
                                      partitioned: !request.partitionBy.isEmpty)
        } catch {
            return fail(error, statement: statement)
        }
        if let problem = write(request, to: target) {
            return fail(problem, statement: statement)
        }
        let count = request.result.rowCount
        inform("wrote \(count) \(count == 1 ? "row" : "rows") to \(target.path)\n")
        return .success
    }

    /// Writes the file or folder; `provenance: false` leaves the `sources` and `warnings` tables out.
    func write(_ request: ExportRequest, to target: ExportTarget, provenance: Bool = true) -> QueryError? {
        if !request.partitionBy.isEmpty {
            return PartitionedExport(request: request, target: target, journal: configuration.journal).write()
        }
        switch target.format {
        case .text(let format):
            let nullText = settings.nullText
            return AtomicFile.write(to: target.absolutePath, journal: configuration.journal) { fd, temporary in
                let out = ByteWriter(fd: fd, path: temporary)
                Session.exportText(request.result, format: format, withBOM: request.withBOM, nullText: nullText, to: out)
                return out.flush()
            }.map(Session.writeFailure)
        case .file(let format):
            let tables = exportTables(request, format: format, provenance: provenance)
            var failure: QueryError?
            let error = AtomicFile.write(to: target.absolutePath, journal: configuration.journal) { temporary in
                failure = format.writer.write(tables, toFile: temporary).map { Session.writeFailure($0) }
                return failure == nil ? nil : FileError(path: temporary, operation: "write", code: 0)
            }
            return failure ?? error.map(Session.writeFailure)
        }
    }

    /// The tables of a binary export: the result, named after its view (`reports`) or `result`, and
    /// for SQLite the provenance tables (`ProvenanceTables`) unless the view takes one of their names.
    func exportTables(_ request: ExportRequest, format: FileFormat, provenance: Bool = true) -> [ExportTable] {
        let name = request.tableName ?? "result"
        let main = ExportTable(name: name, result: request.result)
        guard provenance, format == .sqlite, !["sources", "warnings"].contains(name.lowercased()) else { return [main] }
        return [main] + ProvenanceTables.tables(for: request.result, records: corpus.records)
    }

    static func writeFailure(_ error: any Error) -> QueryError {
        QueryError("export failed: \(error)", hint: "nothing was written")
    }

    /// The file's text: every row in `format`, after a UTF-8 byte-order mark when asked, streamed.
    static func exportText(_ result: ResultSet, format: OutputFormat, withBOM: Bool, nullText: String, to out: ByteWriter) {
        var options = RenderOptions(nullText: nullText)
        options.bom = false
        if withBOM { out.append("\u{FEFF}") }
        format.write(result, options: options, to: out)
    }
}
