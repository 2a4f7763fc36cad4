/// Why the bytes of a file could not be turned into report text. The message names the problem for a
/// `LoadDiagnostic`; the loader adds the file.
public enum DecodingFailure: Error, Sendable, Hashable {
    /// The file has no bytes (or only a byte-order mark).
    case empty
    /// The bytes are not text: NUL bytes or many control characters.
    case binary(reason: String)
    /// The bytes are not valid in any encoding tried.
    case undecodable(reason: String)

    public var message: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let reason): return "binary file (\(reason)), not text"
        case .undecodable(let reason): return "cannot decode the text: \(reason)"
        }
    }
}
