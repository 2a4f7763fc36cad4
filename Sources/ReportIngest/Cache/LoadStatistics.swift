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

    public init() {}
}
