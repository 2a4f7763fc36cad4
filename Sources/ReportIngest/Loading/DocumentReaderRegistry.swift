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

    /// The lower-cased extension of the last path component ("" when it has none).
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
