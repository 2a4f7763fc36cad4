import ReportModel

/// Writes results as a binary file format (SQLite, Parquet) at a path it is given — the temporary
/// path of an atomic replacement (`AtomicFile.write(to:using:)`), so the caller renames a complete
/// file into place. Like a `ResultRenderer` it decides nothing about where the file goes.
public protocol ResultFileWriter: Sendable {
    /// Writes `tables` (the first is the result; formats with one table per file write only it) as a
    /// new file at `path`; nil when it is complete, else what went wrong.
    func write(_ tables: [ExportTable], toFile path: String) -> ExportWriteError?
}

/// Why a binary export could not be written.
public struct ExportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
