import Dispatch

/// Bounds the memory the .docx readers hold in a parallel load as a whole: at most `slots` documents are
/// inflated and parsed at once in the process, each capped (`DocxPackage.maximumPartSize` inflated,
/// streamed in 64 KB chunks; `DocxDocumentParser.maximumTextSize` of text), so however many cores load
/// and however many zip bombs the corpus holds, the readers never hold more than 4 × 32 MB of text plus
/// their buffers. Other formats are not held back.
enum InflationBudget {
    static let slots = 4
    private static let semaphore = DispatchSemaphore(value: slots)

    static func withSlot<T>(_ body: () throws(ReaderError) -> T) throws(ReaderError) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return try body()
    }
}
