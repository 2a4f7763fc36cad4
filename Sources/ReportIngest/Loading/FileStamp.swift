import Foundation
import ReportModel

/// What `stat` says of a file: its size and modification time (nanoseconds since 1970). The cache
/// reuses a record only while both are unchanged (or the bytes hash the same).
struct FileStamp: Sendable, Hashable {
    var size: Int
    var modified: Int64
    /// Device and inode: the same file reached by two paths (a link, overlapping folders) has one.
    var identity: FileIdentity?

    init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The stamp of the regular file at `path` (following symbolic links); nil for anything else.
    static func regularFile(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The stamp of the file at `path` (following symbolic links), or nil when it cannot be read.
    static func of(_ path: String) -> (stamp: FileStamp, isDirectory: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (FileStamp(info), (info.st_mode & S_IFMT) == S_IFDIR)
    }
}
