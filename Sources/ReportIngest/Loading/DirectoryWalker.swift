import Foundation

/// Lists the regular files below a directory with their stamps, in one pass of `readdir` and `fstatat`
/// (FileManager's enumerator builds objects and an attribute dictionary per entry, which dominated
/// collecting a 100,000-file corpus). Hidden files and folders (a name starting with ".") are skipped;
/// symbolic links to files are followed, links to folders are not (no cycles).
enum DirectoryWalker {
    struct Entry {
        var relative: String
        var stamp: FileStamp
    }

    /// Every file below `root` whose relative path `accept`s, in no particular order; nil when `root`
    /// cannot be opened as a directory.
    static func files(under root: String, accept: (String) -> Bool) -> [Entry]? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var entries: [Entry] = []
        walk(descriptor, prefix: "", accept: accept, into: &entries)
        return entries
    }

    /// Takes ownership of `descriptor` (closed when done).
    private static func walk(_ descriptor: Int32, prefix: String, accept: (String) -> Bool, into entries: inout [Entry]) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        var subdirectories: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            var info = stat()
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory {
                subdirectories.append(name)
                continue
            }
            let relative = prefix + name
            guard accept(relative), fstatat(dirfd(directory), name, &info, 0) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG else { continue }
            entries.append(Entry(relative: relative, stamp: FileStamp(info)))
        }
        for name in subdirectories {
            let child = openat(dirfd(directory), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
            if child >= 0 { walk(child, prefix: prefix + name + "/", accept: accept, into: &entries) }
        }
    }
}
