import Foundation

/// Reads a report saved as PDF into canonical text by running poppler's `pdftotext -layout -enc UTF-8`
/// and converting its column layout with `PDFLayoutText`.
///
/// Errors: pdftotext missing → `.toolNotFound`; an encrypted PDF → `.passwordProtected`; pdftotext
/// failing (not a PDF, damaged) → `.toolFailed` with its first message; running longer than the time
/// limit → `.timedOut` (the process is killed); fewer than `minimumCharactersPerPage` visible characters
/// per page → `.noTextLayer` (a scanned PDF: its pages are pictures).
public enum PDFReportReader {
    public static let defaultTimeout: TimeInterval = 30
    /// A page with a text layer has far more; a scanned page has none (or a stray page number).
    static let minimumCharactersPerPage = 20

    public static func text(from data: Data, fileName: String) throws(ReaderError) -> String {
        try text(from: data, fileName: fileName, timeout: defaultTimeout)
    }

    public static func text(from data: Data, fileName: String, timeout: TimeInterval) throws(ReaderError) -> String {
        try text(from: data, fileName: fileName, timeout: timeout, tool: "pdftotext")
    }

    /// `tool` names the pdftotext executable looked up on the PATH (tests pass a missing one).
    static func text(from data: Data, fileName: String, timeout: TimeInterval, tool: String) throws(ReaderError) -> String {
        guard let pdftotext = Subprocess.locate(tool) else {
            throw .toolNotFound(tool: "pdftotext", package: "poppler-utils")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-pdf-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: directory.appendingPathComponent("input.pdf"))
        } catch {
            throw .io(fileName: fileName, detail: "cannot write a temporary copy for pdftotext (\(error))")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome: Subprocess.Outcome
        do {
            outcome = try Subprocess.run(
                pdftotext, arguments: ["-layout", "-enc", "UTF-8", "input.pdf", "-"],
                timeout: timeout, workDirectory: directory
            )
        } catch {
            switch error {
            case .timedOut:
                throw .timedOut(fileName: fileName, tool: "pdftotext", seconds: Int(timeout.rounded(.up)))
            case .cannotStart(let detail), .io(let detail):
                throw .toolFailed(fileName: fileName, tool: "pdftotext", status: -1, detail: detail)
            }
        }
        let messages = String(decoding: outcome.standardError, as: UTF8.self)
        guard outcome.status == 0 else {
            if messages.localizedCaseInsensitiveContains("password") {
                throw .passwordProtected(fileName: fileName)
            }
            throw .toolFailed(fileName: fileName, tool: "pdftotext", status: outcome.status, detail: mainMessage(messages))
        }
        let layout = String(decoding: outcome.standardOutput, as: UTF8.self)
        let pages = max(layout.reduce(0) { $0 + ($1 == "\u{0C}" ? 1 : 0) }, 1)
        let visible = layout.unicodeScalars.reduce(0) { $0 + (TextNormalization.isWhitespace($1) || $1 == "\u{0C}" ? 0 : 1) }
        guard visible >= minimumCharactersPerPage * pages else { throw .noTextLayer(fileName: fileName) }
        return PDFLayoutText.canonical(layout)
    }

    /// The most telling line of pdftotext's messages: the last error, else the first line.
    private static func mainMessage(_ messages: String) -> String {
        let lines = messages.split(whereSeparator: \.isNewline).map(String.init)
        return lines.last(where: { $0.contains("Error") }) ?? lines.first ?? ""
    }
}
