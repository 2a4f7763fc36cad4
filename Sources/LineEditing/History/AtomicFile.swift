#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and crash-safe whole-file replacement, with errors as values.
enum AtomicFile {
    /// The file's bytes, or nil when it does not exist.
    static func contents(of path: String) -> Result<[UInt8]?, HistoryError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            return code == ENOENT ? .success(nil) : .failure(HistoryError(path: path, operation: "open", code: code))
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
                return .failure(HistoryError(path: path, operation: "read", code: errno))
            }
        }
    }

    /// The temporary file `replace` uses: same directory (so `rename` is atomic), one per process.
    static func temporaryPath(for path: String) -> String {
        "\(path).tmp.\(getpid())"
    }

    /// Replaces `path` with `bytes`: writes a temporary file beside it, fsyncs it and renames it
    /// over `path`. If any step fails the old file is left untouched and the temporary removed.
    /// Creates missing parent directories (mode 0700).
    static func replace(_ path: String, with bytes: [UInt8]) -> HistoryError? {
        if let error = makeParentDirectories(of: path) { return error }
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return HistoryError(path: temporary, operation: "open", code: errno) }
        if let error = writeAll(bytes, to: fd, path: temporary) ?? sync(fd, path: temporary) {
            close(fd)
            unlink(temporary)
            return error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = HistoryError(path: path, operation: "rename", code: errno)
            unlink(temporary)
            return error
        }
        return nil
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) -> HistoryError? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return HistoryError(path: path, operation: "write", code: errno)
            }
            offset += written
        }
        return nil
    }

    private static func sync(_ fd: Int32, path: String) -> HistoryError? {
        fsync(fd) == 0 ? nil : HistoryError(path: path, operation: "fsync", code: errno)
    }

    private static func makeParentDirectories(of path: String) -> HistoryError? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        var directory = path.hasPrefix("/") ? "" : "."
        for component in components {
            directory += "/" + component
            if mkdir(directory, 0o700) != 0 && errno != EEXIST {
                return HistoryError(path: directory, operation: "mkdir", code: errno)
            }
        }
        return nil
    }
}
