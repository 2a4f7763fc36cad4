#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed: what was being done, to which path, and the system's reason.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// What was being done, as a verb phrase: "read", "write", "replace", "create a file in" …
    public var operation: String
    /// The `errno` value.
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// "cannot write /tmp/x.csv: Permission denied".
    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}
