import Foundation

/// Crash-safe creation or replacement of a whole folder (a partitioned export): the files are
/// written into a hidden temporary folder beside the target, each flushed to disk, and the folder is
/// renamed into place only when complete. A process killed meanwhile leaves the hidden folder, never
/// a partial folder at the target's name. Replacing a folder that exists and is not empty is the
/// caller's decision (`replacing`); the old folder is first renamed aside, then removed.
public enum AtomicFolder {
    /// Creates (or with `replacing`, replaces) the folder `path` with what `body` writes into the
    /// temporary folder it is given (the path passed to `body` exists and is empty).
    /// `journal`, when given, records the temporary folder for removal at a later start.
    public static func write(to path: String, replacing: Bool, journal: TemporaryJournal? = nil,
                             using body: (_ temporaryFolder: String) -> FileError?) -> FileError? {
        let temporary = AtomicFile.temporaryPath(for: path)
        let entry = journal?.record(temporary)
        defer { journal?.forget(entry) }
        guard mkdir(temporary, 0o755) == 0 else {
            return FileError(path: FilePaths.directory(of: path), operation: "create a folder in", code: errno)
        }
        if let error = body(temporary) ?? AtomicFile.sync(temporary) {
            removeTree(temporary)
            return error
        }
        var aside: String?
        if isEmptyFolder(path) {
            rmdir(path)
        } else if replacing && FilePaths.isDirectory(path) {
            let old = AtomicFile.temporaryPath(for: path)
            guard rename(path, old) == 0 else {
                let error = FileError(path: path, operation: "move aside", code: errno)
                removeTree(temporary)
                return error
            }
            aside = old
        }
        guard rename(temporary, path) == 0 else {
            let error = FileError(path: path, operation: "replace", code: errno)
            if let aside { rename(aside, path) }
            removeTree(temporary)
            return error
        }
        AtomicFile.syncDirectory(FilePaths.directory(of: path))
        if let aside { removeTree(aside) }
        return nil
    }

    /// Makes `name` inside `folder` (and its parents below `folder`).
    public static func makeFolders(_ relative: [String], in folder: String) -> FileError? {
        var current = folder
        for name in relative {
            current = FilePaths.join(current, name)
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                return FileError(path: current, operation: "create the folder", code: errno)
            }
        }
        return nil
    }

    /// The names in a folder (nil when it cannot be read or is no folder).
    public static func entries(of path: String) -> [String]? {
        guard FilePaths.isDirectory(path) else { return nil }
        return try? FileManager.default.contentsOfDirectory(atPath: path)
    }

    public static func isEmptyFolder(_ path: String) -> Bool {
        entries(of: path)?.isEmpty ?? false
    }

    /// Removes a folder and everything in it (symbolic links are removed, never followed).
    public static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
