/// How `CorpusLoader` loads: the largest file it reads, the readers by file extension, and whether files
/// are parsed in parallel.
public struct LoadOptions: Sendable {
    /// Files larger than this (bytes) are skipped with a diagnostic instead of read.
    public var maxFileSize: Int
    public var readers: DocumentReaderRegistry
    /// Parse files on all cores (records still come back in path order).
    public var parallel: Bool

    public static let defaultMaxFileSize = 32 * 1024 * 1024

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize, readers: DocumentReaderRegistry = .standard,
                parallel: Bool = true) {
        self.maxFileSize = maxFileSize
        self.readers = readers
        self.parallel = parallel
    }
}
