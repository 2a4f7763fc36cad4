/// The document readers by file extension (case-insensitive). A reader registered later takes over the
/// extensions it shares with an earlier one.
public struct DocumentReaderRegistry: Sendable {
    private var readers: [String: any DocumentReader] = [:]
    /// The extensions registered, as UTF-8 bytes (for `handles`).
    private var extensionBytes: [[UInt8]] = []

    /// Plain text (`.txt`, `.md`), web pages (`.html`, `.htm`), Word (`.docx`; `.doc` is refused with a
    /// message) and PDF (`.pdf`, through pdftotext).
    public static let standard = DocumentReaderRegistry(readers: [PlainTextReader(), FormattedDocumentReader()])

    public init(readers: [any DocumentReader]) {
        readers.forEach { register($0) }
    }

    public mutating func register(_ reader: any DocumentReader) {
        for fileExtension in reader.fileExtensions { readers[fileExtension.lowercased()] = reader }
        extensionBytes = readers.keys.sorted().map { Array($0.utf8) }
    }

    /// The reader for a path's extension, or nil when no reader handles it.
    public func reader(forPath path: String) -> (any DocumentReader)? {
        readers[Self.fileExtension(of: path)]
    }

    /// Whether a reader handles `path`: `reader(forPath:) != nil`, decided on the UTF-8 bytes of the
    /// extension without making or hashing a string (it runs for every name a folder lists); an
    /// extension with an upper-case or non-ASCII byte goes through `fileExtension(of:)`'s lower-casing.
    public func handles(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { handles(utf8: $0) }
    }

    /// The same, for a path's bytes (a folder listing's, `NameArena`; bytes that are not UTF-8 decode
    /// as U+FFFD, as the path's string would).
    func handles(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var dot = bytes.count
        while dot > 0, bytes[dot - 1] != UInt8(ascii: "."), bytes[dot - 1] != UInt8(ascii: "/") { dot -= 1 }
        // No dot in the last component, or a leading one (a hidden file's name): no extension.
        guard dot > 1, bytes[dot - 1] == UInt8(ascii: "."), bytes[dot - 2] != UInt8(ascii: "/") else { return readers[""] != nil }
        let suffix = UnsafeBufferPointer(rebasing: bytes[dot...])
        if suffix.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) {
            return reader(forPath: String(decoding: bytes, as: UTF8.self)) != nil
        }
        return extensionBytes.contains { $0.elementsEqual(suffix) }
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
