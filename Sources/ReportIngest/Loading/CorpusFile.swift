/// A file to load: where it is, its `file` field (path relative to the corpus root given, or its name for a
/// file given directly), its `id` (the name without its extension), which of the paths given it was
/// found under (`root`), and its size and time when collected (for the cache).
struct CorpusFile: Sendable, Hashable {
    var path: String
    var file: String
    var id: String
    var root: Int
    var stamp: FileStamp?

    init(path: String, file: String, root: Int = 0, stamp: FileStamp? = nil) {
        self.path = path
        self.file = file
        self.root = root
        self.stamp = stamp
        // The name after the last "/", without its extension (a leading dot is not one), by UTF-8 bytes.
        let utf8 = file.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = file[start...]
        if let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex {
            self.id = String(name[..<dot])
        } else {
            self.id = String(name)
        }
    }
}
