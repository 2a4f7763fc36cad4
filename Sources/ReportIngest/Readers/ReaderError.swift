import Foundation

/// Why a report file in a non-text format (HTML, .docx, .doc, PDF) could not be turned into text.
/// `message` is user-facing: it names the file and the problem, and where there is one, the remedy.
public enum ReaderError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// An old binary Word file (.doc, OLE compound document).
    case legacyWord(fileName: String)
    /// A password-protected .docx or PDF.
    case passwordProtected(fileName: String)
    /// A format gongkai does not read (e.g. RTF saved with a .doc extension).
    case unsupportedFormat(fileName: String, format: String)
    /// The .docx zip archive cannot be opened or decompressed (truncated, damaged, not a zip).
    case damagedArchive(fileName: String, detail: String)
    /// The .docx has no main document part.
    case missingPart(fileName: String, part: String)
    /// The document's XML is not well-formed.
    case malformedXML(fileName: String, part: String, detail: String)
    /// The document is larger than the reader accepts.
    case tooLarge(fileName: String, limitBytes: Int)
    /// A helper program (pdftotext) is not installed.
    case toolNotFound(tool: String, package: String)
    /// A helper program failed.
    case toolFailed(fileName: String, tool: String, status: Int32, detail: String)
    /// A helper program did not finish in time and was stopped.
    case timedOut(fileName: String, tool: String, seconds: Int)
    /// A PDF whose pages are images only.
    case noTextLayer(fileName: String)
    /// Reading or writing a temporary file failed.
    case io(fileName: String, detail: String)

    /// One sentence for the user, naming the file and the problem.
    public var message: String {
        switch self {
        case .legacyWord(let file):
            "\(file): .doc (Word 97–2003) is not supported; save it as .docx"
        case .passwordProtected(let file):
            "\(file): the file is password-protected; remove the password and save it again"
        case .unsupportedFormat(let file, let format):
            "\(file): \(format) is not supported; save it as .docx, .pdf, .html or .txt"
        case .damagedArchive(let file, let detail):
            "\(file): cannot open the .docx: \(detail)"
        case .missingPart(let file, let part):
            "\(file): not a Word document (\(part) is missing from the .docx)"
        case .malformedXML(let file, let part, let detail):
            "\(file): \(part) is not well-formed XML (\(detail))"
        case .tooLarge(let file, let limit):
            "\(file): the document is larger than \(limit / 1_048_576) MB, the most gongkai reads"
        case .toolNotFound(let tool, let package):
            "\(tool) not found: install \(package) (apt-get install \(package))"
        case .toolFailed(let file, let tool, let status, let detail):
            "\(file): \(tool) failed (exit \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case .timedOut(let file, let tool, let seconds):
            "\(file): \(tool) did not finish within \(seconds) s and was stopped; the file may be damaged"
        case .noTextLayer(let file):
            "\(file): no text layer (a scanned PDF?)"
        case .io(let file, let detail):
            "\(file): \(detail)"
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
