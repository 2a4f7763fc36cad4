/// How `CorpusLoader` loads: the largest file it reads, the readers by file extension, whether files
/// are parsed in parallel, the parse cache, and whether a progress bar may be drawn.
public struct LoadOptions: Sendable {
    /// Files larger than this (bytes) are skipped with a diagnostic instead of read.
    public var maxFileSize: Int
    public var readers: DocumentReaderRegistry
    /// Parse files on all cores (records still come back in path order).
    public var parallel: Bool
    /// Where parsed records are kept between loads (`.off` for `--no-cache`).
    public var cache: LoadCache
    /// Draw a progress bar on stderr when stderr is a terminal and the load takes over half a second.
    public var showsProgress: Bool

    public static let defaultMaxFileSize = 32 * 1024 * 1024

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize, readers: DocumentReaderRegistry = .standard,
                parallel: Bool = true, cache: LoadCache = .default, showsProgress: Bool = true) {
        self.maxFileSize = maxFileSize
        self.readers = readers
        self.parallel = parallel
        self.cache = cache
        self.showsProgress = showsProgress
    }
}
