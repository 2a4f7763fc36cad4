/// The document readers by file extension (case-insensitive). A reader registered later takes over the
/// extensions it shares with an earlier one.
public struct DocumentReaderRegistry: Sendable {
    private var readers: [String: any DocumentReader] = [:]

    /// Plain text (`.txt`, `.md`), web pages (`.html`, `.htm`), Word (`.docx`; `.doc` is refused with a
    /// message) and PDF (`.pdf`, through pdftotext).
    public static let standard = DocumentReaderRegistry(readers: [PlainTextReader(), FormattedDocumentReader()])

    public init(readers: [any DocumentReader]) {
        readers.forEach { register($0) }
    }

    public mutating func register(_ reader: any DocumentReader) {
        for fileExtension in reader.fileExtensions { readers[fileExtension.lowercased()] = reader }
    }

    /// The reader for a path's extension, or nil when no reader handles it.
    public func reader(forPath path: String) -> (any DocumentReader)? {
        readers[Self.fileExtension(of: path)]
    }

    /// Every extension handled, sorted.
    public var fileExtensions: [String] { readers.keys.sorted() }

    /// The lower-cased extension of the last path component ("" when it has none). Scans the UTF-8
    /// bytes from the end: it runs for every file of a corpus.
    static func fileExtension(of path: String) -> String {
        let utf8 = path.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            let previous = utf8.index(before: index)
            switch utf8[previous] {
            case UInt8(ascii: "/"):
                return ""
            case UInt8(ascii: "."):
                // A leading dot names a hidden file, not an extension.
                if previous == utf8.startIndex || utf8[utf8.index(before: previous)] == UInt8(ascii: "/") { return "" }
                let suffix = path[index...]
                return suffix.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? suffix.lowercased() : String(suffix)
            default:
                index = previous
            }
        }
        return ""
    }
}
