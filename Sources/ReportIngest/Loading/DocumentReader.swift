import Foundation

/// Turns the bytes of one file format into report text (lines separated by LF). Plain text is the only
/// format today; HTML, .docx or .pdf readers plug in the same way, registered by file extension in a
/// `DocumentReaderRegistry`. A reader never throws or crashes on bad input: it says why it cannot read.
public protocol DocumentReader: Sendable {
    /// The file extensions this reader handles: lower-case, without the dot (`["txt", "md"]`).
    var fileExtensions: [String] { get }
    /// The document's text with LF line breaks, or why the bytes cannot be read as this format.
    /// `fileName` is for the reader's own checks (a `.doc` among `.docx`); messages need not repeat it.
    func read(_ data: Data, fileName: String) -> Result<String, DocumentReadError>
}

/// Why a reader could not turn a file into text ("binary file (contains NUL bytes), not text").
public struct DocumentReadError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}
