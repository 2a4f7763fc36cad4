import FileAccess

/// Why the history file could not be read or written. The shell reports it and carries on:
/// history is a convenience, never a reason to stop.
public struct HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The failed file operation.
    public let underlying: FileError

    /// The file (or temporary file, or directory) the failed operation was on.
    public var path: String { underlying.path }
    /// What was being done: "open", "read", "write", "fsync", "replace" …
    public var operation: String { underlying.operation }
    /// The `errno` value the system reported.
    public var code: Int32 { underlying.code }

    public init(path: String, operation: String, code: Int32) {
        underlying = FileError(path: path, operation: operation, code: code)
    }

    /// The history's view of a failed file operation.
    init(_ error: FileError) {
        underlying = error
    }

    /// "history: cannot write /home/me/.gongkai_history: No space left on device".
    public var description: String { "history: \(underlying)" }
}
