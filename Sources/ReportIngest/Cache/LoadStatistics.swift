/// How a load went: how many files were parsed and how many records came from the cache, and what
/// happened to the cache file. For the benchmark, the tests, and a shell that wants to say so.
public struct LoadStatistics: Sendable, Hashable {
    /// Report files found (loaded or skipped).
    public var files = 0
    /// Files read and parsed.
    public var parsed = 0
    /// Files whose record (or skip diagnostic) was read back from the cache.
    public var fromCache = 0
    /// Files whose size and time had changed but whose bytes hashed to the cached content hash.
    public var verifiedByHash = 0
    /// The cache file used, if any.
    public var cachePath: String?
    /// The cache file was (re)written by this load.
    public var cacheWritten = false
    /// Why an existing cache file was not used ("written by another build", "damaged: …"); nil when it
    /// was used, or when there was none.
    public var cacheProblem: String?
    /// The columns come from the column store's image (`StoreFile`); the records are decoded on first need.
    public var fromStoreImage = false
    /// The index checksum of the cache file on disk after the load (nil when none matches the records).
    var cacheIndexChecksum: UInt64?
    /// Wall time of each phase of the load, in seconds: finding the files and their stamps, reading
    /// the cache's index, decoding or parsing, and assembling the corpus (see `LoadPhases`).
    public var phases = LoadPhases()

    public init() {}
}

/// Where a load's wall time went, in seconds, phase by phase.
public struct LoadPhases: Sendable, Hashable {
    /// Walking the folders and stamping every file.
    public var collect = 0.0
    /// Mapping the cache file and checking its header and index.
    public var cacheIndex = 0.0
    /// Decoding cached records and parsing the other files.
    public var records = 0.0
    /// Rewriting the cache file, when anything changed.
    public var cacheWrite = 0.0
    /// Gathering records and diagnostics into the corpus.
    public var assemble = 0.0
    /// The checks across years over the whole corpus (`PanelChecks`).
    public var panel = 0.0
    /// The CPU time of the same (user + system, every thread: `ProcessCPU`), in seconds.
    public var panelCPU = 0.0

    public init() {}
}
