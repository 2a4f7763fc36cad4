#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FileAccess

/// Why the history file could not be read or written. The shell reports it and carries on:
/// history is a convenience, never a reason to stop.
public struct HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or temporary file, or directory) the failed operation was on.
    public let path: String
    /// What was being done: "open", "read", "write", "fsync", "rename", "mkdir".
    public let operation: String
    /// The `errno` value the system reported.
    public let code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The history's view of a failed file operation.
    init(_ error: FileError) {
        self.init(path: error.path, operation: error.operation, code: error.code)
    }

    public var description: String {
        "history: cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}
