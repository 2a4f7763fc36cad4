import Foundation
import ReportModel

/// What `stat` says of a file: its size, modification time and change time (nanoseconds since 1970),
/// device and inode. The parse cache reuses a record only while `isUnchanged(since:)` holds (or the
/// bytes hash the same).
struct FileStamp: Sendable, Hashable {
    var size: Int
    var modified: Int64
    /// The inode's change time (`st_ctime`): set by the system on every write, rename, chmod or
    /// `touch`, and — unlike the modification time — never settable by a program.
    var changed: Int64
    /// The inode number alone, as the cache keeps it (device numbers need not survive a reboot).
    var inode: UInt64
    /// Device and inode: the same file reached by two paths (a link, overlapping folders) has one.
    var identity: FileIdentity?

    init(size: Int, modified: Int64, changed: Int64 = 0, inode: UInt64 = 0) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The parse cache's key, as git keys its index: the same size, modification time, change time
    /// and inode as when the file was cached. An edit that keeps the size and restores the time
    /// (`touch -r`, archive restores, some sync tools) still moves the change time; a file replaced
    /// by another (an editor's save-by-rename) has another inode.
    func isUnchanged(since cached: FileStamp) -> Bool {
        size == cached.size && modified == cached.modified && changed == cached.changed && inode == cached.inode
    }

    /// Why a path has no stamp to load it by (`FileProblem`'s words).
    struct Problem: Error, Sendable {
        var message: String
    }

    /// The stamp of the regular file at `path` (NUL-terminated bytes; following symbolic links) inside
    /// the folder open as `directory` (or relative to the working folder for `AT_FDCWD`), or why there is
    /// none: it cannot be reached, or is a FIFO, a device, a socket or a folder.
    static func ofRegularFile(at path: UnsafePointer<CChar>, in directory: Int32, isLink: Bool = false) -> Result<FileStamp, Problem> {
        var info = stat()
        guard fstatat(directory, path, &info, 0) == 0 else {
            return .failure(Problem(message: FileProblem.unreachable(errno, isLink: isLink)))
        }
        return regular(info)
    }

    private static func regular(_ info: stat) -> Result<FileStamp, Problem> {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(Problem(message: FileProblem.notRegular(info.st_mode))) }
        return .success(FileStamp(info))
    }

    /// The stamp of the file at `path` (following symbolic links), or nil when it cannot be read.
    static func of(_ path: String) -> (stamp: FileStamp, isDirectory: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (FileStamp(info), (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// A path given to load: a regular file or a folder with its stamp, or why it is neither.
    static func ofGivenPath(_ path: String) -> Result<(stamp: FileStamp, isDirectory: Bool), Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Problem(message: FileProblem.unreachable(errno))) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR else { return .failure(Problem(message: FileProblem.notRegular(info.st_mode))) }
        return .success((FileStamp(info), kind == S_IFDIR))
    }
}
