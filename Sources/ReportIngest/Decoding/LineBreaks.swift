#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line-break normalisation and splitting: CRLF and lone CR become LF, and the lines of a text are numbered
/// from 1 exactly as `ReportRecord.line(_:)` counts them (every LF ends a line; the text after the last
/// LF is the last line, empty when the text ends with LF).
public enum LineBreaks {
    /// The text with CRLF and CR replaced by LF and a leading U+FEFF removed. Returns the text unchanged
    /// (no copy) when it has neither.
    public static func normalize(_ text: String) -> String {
        let utf8 = text.utf8
        let hasBOM = utf8.starts(with: [0xEF, 0xBB, 0xBF])
        // memchr over the bytes: Sequence.contains on the UTF-8 view went byte by byte (4% of parsing).
        let hasCR = utf8.withContiguousStorageIfAvailable { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
            ?? utf8.contains(0x0D)
        guard hasBOM || hasCR else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8.dropFirst(hasBOM ? 3 : 0) {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lines of an LF-normalised text, numbered from 1.
    public static func lines(of text: String) -> [SourceLine] {
        let bytes = Array(text.utf8)
        return ranges(of: bytes).enumerated().map { index, range in
            SourceLine(number: index + 1, text: String(decoding: bytes[range], as: UTF8.self))
        }
    }

    /// The byte range of each line (its LF excluded), in order.
    static func ranges(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
