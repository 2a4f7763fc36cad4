/// A file to load: where it is, its `file` field (path relative to the corpus root given, or its name for a
/// file given directly) and its `id` (the name without its extension).
struct CorpusFile: Sendable, Hashable {
    var path: String
    var file: String
    var id: String

    init(path: String, file: String) {
        self.path = path
        self.file = file
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            self.id = String(name[..<dot])
        } else {
            self.id = name
        }
    }
}
