/// Texts read as UTF-8 bytes in place, by row: a dictionary's values (`UTF8Layout`) or the report
/// texts (`TextSpans`).
protocol ByteTexts: Sendable {
    /// Calls `body` with a function giving text i's bytes; `body` runs inside one access of the storage.
    func withTexts<R>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
}
