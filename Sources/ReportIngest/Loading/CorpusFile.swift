/// A file to load: where it is, its `file` field (path relative to the corpus root given, or its name for a
/// file given directly), its `id` (that path without its extension: `2022/report`), which of the paths
/// given it was found under (`root`), and its size and time when collected (for the cache). `ReportIDs`
/// keeps ids unique across a load.
///
/// The path and id are computed when asked for: a load from the cache never needs them, and building
/// them for every file of a 100,000-file corpus showed in its profile.
struct CorpusFile: Sendable, Hashable {
    var file: String
    var root: Int
    var stamp: FileStamp?
    /// The folder searched, ending in "/" ("" for a file given directly, whose path is `given`).
    private var folder: String
    private var given: String?

    /// A file given directly, or found at `path`.
    init(path: String, file: String, root: Int = 0, stamp: FileStamp? = nil) {
        self.file = file
        self.root = root
        self.stamp = stamp
        folder = ""
        given = path
    }

    /// A file found in `folder` (ending in "/") at the relative path `file`.
    init(folder: String, file: String, root: Int, stamp: FileStamp?) {
        self.file = file
        self.root = root
        self.stamp = stamp
        self.folder = folder
        given = nil
    }

    var path: String { given ?? folder + file }

    /// The relative path without its extension (`2022/report` for `2022/report.txt`; a leading dot of the
    /// name is no extension), by UTF-8 bytes.
    var id: String { CorpusFile.withoutExtension(file) }

    static func withoutExtension(_ path: String) -> String {
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = path[start...]
        if let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex {
            return String(path[..<dot])
        }
        return path
    }
}
