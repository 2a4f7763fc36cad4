#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` (or `lstat`) says a path is: its kind and its identity (device and inode). Two paths
/// name the same file exactly when their identities are equal, however they are spelled (links,
/// `..`, bind mounts) — the comparison that protects loaded reports from being written over.
public struct FileStatus: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink, other

        /// "a FIFO", "a character device" …, for messages.
        public var phrase: String {
            switch self {
            case .regular: "a regular file"
            case .directory: "a folder"
            case .fifo: "a FIFO (named pipe)"
            case .characterDevice: "a character device"
            case .blockDevice: "a block device"
            case .socket: "a socket"
            case .symbolicLink: "a symbolic link"
            case .other: "not a regular file"
            }
        }
    }

    public var kind: Kind
    public var device: UInt64
    public var inode: UInt64

    public init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .fifo
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFSOCK: kind = .socket
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The status of `path` (through symbolic links unless `followingLinks` is false); nil when it
    /// does not exist or cannot be reached (`errno` says why). Never opens the file.
    public static func of(_ path: String, followingLinks: Bool = true) -> FileStatus? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? FileStatus(info) : nil
    }
}
