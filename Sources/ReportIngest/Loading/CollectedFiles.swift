import ReportModel

/// The files a load collected (`FileCollector`), in load order: one folder's listing as the walk made it
/// (the usual load: one folder given), or files one by one. A warm start from the column store's image
/// needs only the count, the stamps and the names' bytes (`StoreFile.key`, `StoreFile.settled`), so for a
/// folder no `CorpusFile` is made until `files` is asked for (the image did not match, or records are
/// decoded).
enum CollectedFiles: Sendable {
    case folder(FolderListing)
    case files([CorpusFile])

    var count: Int {
        switch self {
        case .folder(let listing): listing.count
        case .files(let files): files.count
        }
    }

    /// The files, made one by one for a folder.
    var files: [CorpusFile] {
        switch self {
        case .folder(let listing): listing.files
        case .files(let files): files
        }
    }

    /// Calls `body` with each file's root, path bytes (its `file` field's) and stamp, in load order, while
    /// it returns true; whether every call did.
    func allSatisfy(_ body: (_ root: Int, _ file: UnsafeBufferPointer<UInt8>, _ stamp: FileStamp?) -> Bool) -> Bool {
        switch self {
        case .folder(let listing):
            return listing.stamps.indices.allSatisfy { position in
                listing.withName(at: position) { body(listing.root, $0, listing.stamps[position]) }
            }
        case .files(let files):
            return files.allSatisfy { file in
                var name = file.file
                return name.withUTF8 { body(file.root, $0, file.stamp) }
            }
        }
    }

    /// The device and inode of every file (a file reached twice is loaded once, `Corpus.files`).
    var identities: Set<FileIdentity> {
        switch self {
        case .folder(let listing): Set(listing.stamps.lazy.compactMap(\.identity))
        case .files(let files): Set(files.lazy.compactMap { $0.stamp?.identity })
        }
    }
}
