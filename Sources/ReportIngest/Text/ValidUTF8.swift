/// Strings cut from the bytes of a string (valid UTF-8) at character boundaries — lines at their line
/// breaks, section bodies — copied without validating the bytes again: building one `String` per line
/// with validation showed in the profile of parsing. A cut that is not on a boundary (it starts on,
/// or is followed by, a continuation byte) falls back to the validating, repairing decoder.
enum ValidUTF8 {
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let isBoundary = bytes[range.lowerBound] & 0xC0 != 0x80
            && (range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80)
        guard isBoundary else { return String(decoding: bytes[range], as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { buffer in
            let piece = UnsafeBufferPointer(rebasing: buffer[range])
            return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: piece)))
        }
    }
}
