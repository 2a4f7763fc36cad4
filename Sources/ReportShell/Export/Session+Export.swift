import FileAccess
import ReportModel
import ReportOutput
import ReportQuery

extension Session {
    /// Writes what `export … to 'PATH' [with bom]` asked for: the format from the extension, every
    /// row, atomically (a temporary file renamed over the target); then `wrote N rows to PATH`.
    func export(_ request: ExportRequest, statement: String) -> SessionStatus {
        let target: ExportTarget
        do {
            target = try ExportTarget(path: request.path, corpusPaths: corpus.paths, loadedFiles: corpus.files)
        } catch {
            return fail(error, statement: statement)
        }
        let text = Session.exportText(request.result, format: target.format, withBOM: request.withBOM,
                                      nullText: settings.nullText)
        if let error = AtomicFile.write(Array(text.utf8), to: target.absolutePath) {
            return fail(QueryError("export failed: \(error)", hint: "nothing was written"), statement: statement)
        }
        let count = request.result.rowCount
        inform("wrote \(count) \(count == 1 ? "row" : "rows") to \(target.path)\n")
        return .success
    }

    /// The file's text: every row in `format`, after a UTF-8 byte-order mark when asked.
    static func exportText(_ result: ResultSet, format: OutputFormat, withBOM: Bool, nullText: String) -> String {
        var options = RenderOptions(nullText: nullText)
        options.bom = false
        return (withBOM ? "\u{FEFF}" : "") + format.render(result, options: options)
    }
}
