import ReportModel

/// The report files of one folder given to load, as `DirectoryWalker` lists them: their paths relative to
/// the folder in one `NameArena`, in load order (sorted by bytes), each with its stamp. A `CorpusFile` per
/// file is made only when a load needs one (`files`): a warm start from the column store's image checks
/// the stamps and hashes the names in place (`CollectedFiles`, `StoreFile.key`) and never does.
struct FolderListing: Sendable {
    /// The folder as given, ending in "/".
    var folder: String
    /// Which of the paths given it is.
    var root: Int
    let names: NameArena
    /// The arena's indices of the files listed, in load order.
    let order: [Int]
    /// Each listed file's stamp, in load order.
    let stamps: [FileStamp]
    /// Whether a file was reached through a symbolic link (so possibly also by another path).
    var hasLinks: Bool

    var count: Int { order.count }

    /// The bytes of the path of the file at `position` (in load order), relative to the folder.
    func withName<R>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        names.withName(order[position], body)
    }

    /// That path as a string.
    func relative(at position: Int) -> String { names.name(order[position]) }

    /// The files, made one by one.
    var files: [CorpusFile] {
        (0..<count).map { CorpusFile(folder: folder, file: relative(at: $0), root: root, stamp: stamps[$0]) }
    }
}
