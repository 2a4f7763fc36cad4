import Foundation

/// Reads `.txt` and `.md` files through `TextDecoder` (UTF-8, UTF-16 with a byte-order mark, GB18030).
/// Markdown is read as the plain text it is; its markup does not disturb the readers.
public struct PlainTextReader: DocumentReader {
    public let fileExtensions = ["txt", "md"]

    public init() {}

    public func read(_ data: Data, fileName: String) -> Result<String, DocumentReadError> {
        TextDecoder.decode(data).mapError { DocumentReadError(message: $0.message) }
    }
}
