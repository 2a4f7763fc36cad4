import Foundation

/// Adapts the HTML, .docx and PDF readers (Readers/) to the loader: the format is detected from the
/// content first and the extension second, and the text comes out in the canonical form the table
/// readers share (table rows as tab-separated cells).
public struct FormattedDocumentReader: DocumentReader {
    public var fileExtensions: [String] { DocumentFormat.fileExtensions.sorted() }

    public init() {}

    public func read(_ data: Data, fileName: String) -> Result<String, DocumentReadError> {
        guard let format = DocumentFormat.detect(fileName: fileName, data: data) else {
            // Content that is plain text after all (a .html that is just text).
            return PlainTextReader().read(data, fileName: fileName)
        }
        do {
            return .success(try format.text(from: data, fileName: fileName))
        } catch {
            // The loader names the file; the reader's message names it too, so drop the repeat.
            let prefix = fileName + ": "
            let message = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
            return .failure(DocumentReadError(message: message))
        }
    }
}
