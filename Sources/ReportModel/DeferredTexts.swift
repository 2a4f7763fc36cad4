/// Texts that records refer to without holding them: a load from the parse cache leaves each report's
/// text in the cache file, and the record reads it (through this) the first time it is asked for.
/// Shared by the records of one load; safe to call from any thread.
public protocol DeferredTexts: AnyObject, Sendable {
    /// Text number `index`, read on first use and kept; nil when it can no longer be read exactly
    /// (the field then reads as null, never as another text).
    func text(_ index: Int) -> String?

    /// The length in UTF-8 bytes that text `index` has (as recorded: without reading it), or nil.
    func utf8Count(_ index: Int) -> Int?

    /// Copies text `index`'s UTF-8 bytes to `destination`, which holds exactly `utf8Count(index)`
    /// bytes, without keeping the text; false when it cannot be read exactly (`text` would be nil).
    func copyUTF8(_ index: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool

    /// Text `index`'s UTF-8 bytes when this source holds them in memory (valid while it lives), else
    /// nil: a reader may then use them in place.
    func bytesInMemory(_ index: Int) -> UnsafeBufferPointer<UInt8>?
}

extension DeferredTexts {
    public func bytesInMemory(_ index: Int) -> UnsafeBufferPointer<UInt8>? { nil }

    public func utf8Count(_ index: Int) -> Int? { text(index)?.utf8.count }

    public func copyUTF8(_ index: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        guard let text = text(index) else { return false }
        return DeferredTextCopy.copy(text, to: destination)
    }
}

/// Copies a text's UTF-8 bytes into a buffer of exactly their length (false when the lengths differ).
public enum DeferredTextCopy {
    public static func copy(_ text: String, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        var text = text
        return text.withUTF8 { copy($0, to: destination) }
    }

    public static func copy(_ utf8: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        guard utf8.count == destination.count else { return false }
        if let base = utf8.baseAddress { destination.baseAddress?.copyMemory(from: base, byteCount: utf8.count) }
        return true
    }
}
