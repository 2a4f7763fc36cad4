#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash-safe whole-file replacement: the bytes go to a temporary file in the same directory, which
/// is flushed to disk (`fsync`) and then renamed over the target. `rename` within one directory is
/// atomic, so a reader (or a crash) sees either the old file or the new one, never a half-written one.
/// If any step fails the old file is untouched and the temporary file removed. A path that is a
/// symbolic link is written through: the file it points to is replaced (beside it), the link stays.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`. With `createDirectories`, missing parent folders are
    /// made first (mode 0700, like a config folder); otherwise a missing folder is an error.
    public static func write(_ bytes: [UInt8], to given: String, createDirectories: Bool = false,
                             journal: TemporaryJournal? = nil) -> FileError? {
        let isLink = FileStatus.of(given, followingLinks: false)?.kind == .symbolicLink
        let path = isLink ? FilePaths.canonical(given) : given
        let directory = FilePaths.directory(of: path)
        if createDirectories, let error = makeDirectories(directory) { return error }
        return write(to: path, journal: journal) { fd, temporary in writeAll(bytes, to: fd, path: temporary) }
    }

    /// Replaces (or creates) `path` with what `body` writes, as it goes, to the descriptor it is given
    /// (a temporary file beside `path`, opened for writing): an export streams its bytes instead of
    /// building them whole. When `body` returns nil the file is flushed to disk and renamed over
    /// `path`; when anything fails the temporary file is removed and `path` is untouched.
    public static func write(to path: String, journal: TemporaryJournal? = nil,
                             streaming body: (_ fd: Int32, _ temporaryPath: String) -> FileError?) -> FileError? {
        write(to: path, journal: journal) { temporary in
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                return FileError(path: FilePaths.directory(of: path), operation: "create a file in", code: errno)
            }
            defer { close(fd) }
            return body(fd, temporary)
        }
    }

    /// Replaces (or creates) `path` with the file `body` writes at the temporary path it is given
    /// (a writer that makes its own file, as SQLite does). When `body` succeeds the file is flushed to
    /// disk and renamed over `path`; when anything fails, the temporary file is removed and `path`
    /// is untouched. A process killed meanwhile leaves only the hidden temporary file, never a partial
    /// file at `path` — which `journal`, when given, records for removal at a later start.
    public static func write(to path: String, journal: TemporaryJournal? = nil,
                             using body: (_ temporaryPath: String) -> FileError?) -> FileError? {
        let temporary = temporaryPath(for: path)
        let entry = journal?.record(temporary)
        defer { journal?.forget(entry) }
        if let error = body(temporary) ?? sync(temporary) {
            unlink(temporary)
            return error
        }
        guard rename(temporary, path) == 0 else {
            let error = FileError(path: path, operation: "replace", code: errno)
            unlink(temporary)
            return error
        }
        syncDirectory(FilePaths.directory(of: path))
        return nil
    }

    /// Writes every byte to an open file, retrying short writes and interrupts.
    public static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) -> FileError? {
        bytes.withUnsafeBytes { writeAll($0, to: fd, path: path) }
    }

    /// Writes every byte to an open file, retrying short writes and interrupts.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) -> FileError? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return FileError(path: path, operation: "write", code: errno)
            }
            offset += written
        }
        return nil
    }

    /// Flushes a written file (or folder) to disk.
    public static func sync(_ path: String) -> FileError? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return FileError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        return fsync(fd) == 0 ? nil : FileError(path: path, operation: "fsync", code: errno)
    }

    /// The file's bytes, or nil when it does not exist.
    public static func contents(of path: String) -> Result<[UInt8]?, FileError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            return code == ENOENT ? .success(nil) : .failure(FileError(path: path, operation: "open", code: code))
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(FileError(path: path, operation: "read", code: errno))
            }
        }
    }

    /// A temporary name beside `path`, hidden, unique to this process and call.
    public static func temporaryPath(for path: String) -> String {
        let directory = FilePaths.directory(of: path)
        let name = FilePaths.lastComponent(of: path)
        var random = SystemRandomNumberGenerator()
        let suffix = String(random.next() & 0xFFFF_FFFF, radix: 16)
        return FilePaths.join(directory, ".\(name).\(getpid()).\(suffix).tmp")
    }

    /// Makes the rename itself durable; a failure here changes nothing already done, so it is ignored.
    public static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Makes `directory` and its missing parents (mode 0700, like a config folder).
    public static func makeDirectories(_ directory: String) -> FileError? {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                return FileError(path: current, operation: "create the folder", code: errno)
            }
        }
        return nil
    }
}
