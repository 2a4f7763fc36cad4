import Foundation

/// Why a path found or given is not loaded, in the words of a load message — one place for every
/// such reason, so each problem is named for what it is (a FIFO is not "permission denied").
/// Deciding needs only `stat`: a FIFO is never opened for reading, a device never read.
enum FileProblem {
    /// The kind of a file that is not a regular file or a folder: "a FIFO (named pipe)" …
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "not a regular file"
        }
    }

    /// "not a regular file (a FIFO (named pipe)); skipped".
    static func notRegular(_ mode: mode_t) -> String {
        "not a regular file (\(kind(mode))); skipped"
    }

    /// The reason `stat` or `open` failed with `code`; `isLink` for an entry that is a symbolic link.
    static func unreachable(_ code: Int32, isLink: Bool = false) -> String {
        switch code {
        case ENOENT: return isLink ? "a broken symbolic link (its target does not exist)" : "no such file or directory"
        case ELOOP: return "a cycle of symbolic links"
        default: return reason(code)
        }
    }

    /// `strerror` in the lower case of the other messages: "permission denied".
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
