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
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            self.id = String(name[..<dot])
        } else {
            self.id = name
        }
    }
}
