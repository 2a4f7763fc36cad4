#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Text in which comparing bytes gives exactly what comparing `String`s gives: every scalar is its own
/// character (no combining mark, joiner, variation selector, CR), has no canonical decomposition and a
/// canonical combining class of 0. Two such texts are canonically equivalent only when their bytes are
/// equal, and every scalar boundary is a character boundary — so a substring test on the UTF-8 bytes
/// answers as Foundation's `contains` (which folds canonically equivalent clusters, and was a fifth of
/// the parse) and as the standard library's `hasPrefix`. Nearly every report is plain throughout (CJK
/// ideographs, CJK and full-width punctuation, ASCII); any other text takes the `String` path, so
/// answers never change. `PlainTextTests` checks the table against Foundation on mixed texts.
enum PlainText {
    /// The scalars counted plain (ASCII tab, LF and printable; Latin-1 signs; general punctuation;
    /// letterlike signs and number forms without the three canonical singletons Ω K Å; arrows →;
    /// enclosed numbers ①, shapes ■, dingbats; CJK punctuation without its tone marks; enclosed CJK
    /// and CJK ideographs; CJK compatibility, full-width and half-width signs). Checked against
    /// Unicode 14 data: no canonical decomposition, combining class 0, not a mark, format, separator,
    /// control (but tab and LF), private-use, surrogate or unassigned code point.
    static let ranges: [ClosedRange<UInt32>] = [
        0x09...0x0A, 0x20...0x7E, 0xA0...0xAC, 0xAE...0xBF, 0xD7...0xD7, 0xF7...0xF7,
        0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218B, 0x2190...0x2199,
        0x2460...0x27BF, 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x321E, 0x3220...0x4DBF, 0x4E00...0x9FFF,
        0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0xFFE8...0xFFEE,
    ]

    static func isPlain(_ scalar: UInt32) -> Bool {
        // Most scalars of a report: ideographs and printable ASCII.
        if scalar >= 0x4E00 && scalar <= 0x9FFF || scalar >= 0x20 && scalar <= 0x7E { return true }
        return ranges.contains { $0.contains(scalar) }
    }

    /// Whether every scalar of the valid UTF-8 `bytes` is plain.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = UInt32(bytes[i])
            if lead < 0x80 {
                if !isPlain(lead) { return false }
                i += 1
                continue
            }
            var value: UInt32
            var width: Int
            if lead >= 0xF0 {
                return false  // beyond the Basic Multilingual Plane: none is plain
            } else if lead >= 0xE0 {
                guard i + 2 < n else { return false }
                value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                width = 3
            } else {
                guard i + 1 < n else { return false }
                value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                width = 2
            }
            if !isPlain(value) { return false }
            i += width
        }
        return true
    }

    /// Whether every scalar of `text` is plain (false for a text without contiguous UTF-8).
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain) ?? false
    }

    /// Whether `text` contains one of `needles` (each plain, as `Needles` checks), by its bytes; nil when
    /// the text is not plain and the caller must ask `String`.
    static func containsAny(_ needles: Needles, in text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { hay -> Bool? in
            guard isPlain(hay) else { return nil }
            return needles.occurs(in: hay)
        } ?? nil
    }

    /// Foundation's `text.contains(needle)`, by bytes when both are plain.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var needle = needle
        let found = needle.withUTF8 { n -> Bool? in
            guard isPlain(n) else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { hay in isPlain(hay) ? Bytes.occurs(n, in: hay) : nil } ?? nil
        }
        return found ?? text.contains(needle)
    }

    /// Foundation's `text.range(of: needle)` (the first occurrence), by bytes when both are plain: in plain
    /// text every byte match starts and ends on a character boundary and is the only equivalent one.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        var needle = needle
        let found = needle.withUTF8 { n -> Int?? in
            guard !n.isEmpty, isPlain(n) else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { hay -> Int?? in
                guard isPlain(hay) else { return nil }
                guard hay.count >= n.count, let h = hay.baseAddress,
                      let at = Bytes.memmem(UnsafeRawPointer(h), hay.count, UnsafeRawPointer(n.baseAddress!), n.count) else {
                    return .some(nil)
                }
                return .some(UnsafeRawPointer(h).distance(to: at))
            } ?? nil
        }
        guard let found else { return text.range(of: needle) }
        guard let offset = found else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The standard library's `text.hasPrefix(prefix)`, by bytes when both are plain.
    static func hasPrefix(_ text: Substring, _ prefix: String) -> Bool {
        var prefix = prefix
        let found = prefix.withUTF8 { p -> Bool? in
            text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
                guard !p.isEmpty, isPlain(p) else { return nil }
                // A text shorter than the prefix cannot start with it; else only its first bytes matter.
                guard t.count >= p.count else { return isPlain(t) ? false : nil }
                let head = UnsafeBufferPointer(rebasing: t[..<p.count])
                guard isPlain(head) else { return nil }
                if p.count == t.count || !Bytes.isContinuation(t[p.count]) && combinesWithNothing(t, at: p.count) {
                    return memcmp(head.baseAddress!, p.baseAddress!, p.count) == 0
                }
                return nil
            } ?? nil
        }
        return found ?? text.hasPrefix(prefix)
    }

    /// Whether the scalar starting at `i` is plain (so it begins a character of its own, and the text
    /// before it ends one).
    private static func combinesWithNothing(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return false }
        return isPlain(UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]))
    }

    /// Words searched for by their bytes; each must be plain (checked when made).
    struct Needles: Sendable {
        let words: [String]
        let bytes: [[UInt8]]

        /// Which pairs of bytes start a needle (a needle of one byte sets every pair it starts), so that
        /// one pass over a text compares a needle only where it may start.
        private let starts: [Bool]

        init(_ words: [String]) {
            precondition(words.allSatisfy { !$0.isEmpty && PlainText.isPlain($0) }, "a needle that is not plain")
            self.words = words
            bytes = words.map { Array($0.utf8) }
            var starts = [Bool](repeating: false, count: 1 << 16)
            for needle in bytes {
                if needle.count == 1 {
                    for second in 0..<256 { starts[Int(needle[0]) << 8 | second] = true }
                } else {
                    starts[Int(needle[0]) << 8 | Int(needle[1])] = true
                }
            }
            self.starts = starts
        }

        /// Whether one of the needles occurs in `hay`.
        func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = hay.count
            guard n > 0 else { return false }
            for i in 0..<n {
                let pair = Int(hay[i]) << 8 | (i + 1 < n ? Int(hay[i + 1]) : 0)
                guard starts[pair] else { continue }
                for needle in bytes where needle.count <= n - i && needle[0] == hay[i] {
                    var k = 1
                    while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            return false
        }
    }
}

extension Bytes {
    /// Whether `needle` occurs in `hay` (`memmem`); false for an empty needle.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let n = needle.baseAddress, let h = hay.baseAddress, !needle.isEmpty, hay.count >= needle.count else {
            return false
        }
        return Bytes.memmem(UnsafeRawPointer(h), hay.count, UnsafeRawPointer(n), needle.count) != nil
    }
}
