/// One file's line in a cache file's index: which file (the path given it was found under, and its
/// `file` name), its stamp and content hash when it was read, where its encoded outcome lies, and where
/// the report's text lies (kept apart from the outcome, read only when a query needs it).
struct CacheEntry: Sendable {
    var root: Int
    var file: String
    var stamp: FileStamp
    /// XXH64 of the file's bytes.
    var contentHash: UInt64
    /// Byte offset of the encoded outcome in the cache file, and its length.
    var offset: Int
    var length: Int
    /// XXH64 of the encoded outcome, checked before it is decoded.
    var checksum: UInt64
    /// Byte offset and length of the entry's deferred text (0 and 0 when it has none); the outcome
    /// holds the text's length and hash, checked when the text is read.
    var textOffset: Int = 0
    var textLength: Int = 0

    func matches(_ file: CorpusFile) -> Bool { root == file.root && self.file == file.file }
}
