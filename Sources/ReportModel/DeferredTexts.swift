/// Texts that records refer to without holding them: a load from the parse cache leaves each report's
/// text in the cache file, and the record reads it (through this) the first time it is asked for.
/// Shared by the records of one load; safe to call from any thread.
public protocol DeferredTexts: AnyObject, Sendable {
    /// Text number `index`, read on first use and kept; nil when it can no longer be read exactly
    /// (the field then reads as null, never as another text).
    func text(_ index: Int) -> String?
}
