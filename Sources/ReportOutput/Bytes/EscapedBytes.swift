extension ByteWriter {
    /// Appends `bytes`, each member of `special` replaced by what `escape` appends for it: the runs
    /// between members are copied with one append each (one scan of the text, no per-byte branching
    /// beyond the table lookup).
    @inlinable
    func append(_ bytes: UnsafeBufferPointer<UInt8>, escaping special: ByteSet, _ escape: (UInt8, ByteWriter) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while true {
            let next = special.firstIndex(in: bytes, from: start)
            if next > start { append(base + start, count: next - start) }
            if next == bytes.count { return }
            escape(bytes[next], self)
            start = next + 1
        }
    }
}

/// The UTF-8 bytes of a text, in place (a small string is copied to the stack by `withUTF8`).
@inlinable
func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var text = text
    return text.withUTF8(body)
}
