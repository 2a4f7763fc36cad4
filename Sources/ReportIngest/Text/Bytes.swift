#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scanning helpers over UTF-8 bytes. Every pattern of the narrative and identity readers is a valid
/// UTF-8 string, and UTF-8 is self-synchronising, so a byte match is always a match of whole characters.
/// Ranges are half-open byte offsets; nothing here reads outside the range it is given.
enum Bytes {
    /// The first offset in `range` where `needle` starts and ends inside the range (glibc's `memmem`,
    /// which skips ahead on byte pairs: a CJK character's lead byte alone matches too often).
    static func find(_ needle: [UInt8], in hay: [UInt8], _ range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.lowerBound >= 0, range.upperBound <= hay.count,
              range.count >= needle.count else { return nil }
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                guard let found = Bytes.memmem(h.baseAddress! + range.lowerBound, range.count, n.baseAddress!, n.count) else {
                    return nil
                }
                return h.baseAddress!.distance(to: found)
            }
        }
    }

    /// The first offset at or after `start` holding `byte` (`memchr`).
    static func firstIndex(of byte: UInt8, in hay: [UInt8], from start: Int) -> Int? {
        guard start >= 0, start < hay.count else { return nil }
        return firstIndex(of: byte, in: hay, start..<hay.count)
    }

    /// The first offset in `range` holding `byte` (`memchr`).
    static func firstIndex(of byte: UInt8, in hay: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= hay.count, !range.isEmpty else { return nil }
        return hay.withUnsafeBytes { h in
            memchr(h.baseAddress! + range.lowerBound, Int32(byte), range.count).map { h.baseAddress!.distance(to: UnsafeRawPointer($0)) }
        }
    }

    /// glibc's `memmem` (a GNU extension the Glibc module does not export), looked up at run time; a
    /// plain scan where it is missing.
    static let memmem: @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeRawPointer? = {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") {
            return unsafeBitCast(symbol, to: (@convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeRawPointer?).self)
        }
        return { hay, count, needle, length in
            guard let hay, let needle, length > 0, count >= length else { return nil }
            for i in 0...(count - length) where memcmp(hay + i, needle, length) == 0 { return hay + i }
            return nil
        }
    }()

    /// The last offset in `range` where `needle` starts and ends inside the range.
    static func findLast(_ needle: [UInt8], in hay: [UInt8], _ range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        var i = range.upperBound - needle.count
        while i >= range.lowerBound {
            if matches(needle, in: hay, at: i, limit: range.upperBound) { return i }
            i -= 1
        }
        return nil
    }

    static func contains(_ needle: [UInt8], in hay: [UInt8], _ range: Range<Int>) -> Bool {
        find(needle, in: hay, range) != nil
    }

    /// Whether `needle` occurs at `i` and ends at or before `limit`.
    static func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int, limit: Int) -> Bool {
        guard i >= 0, i + needle.count <= limit else { return false }
        for k in 0..<needle.count where hay[i + k] != needle[k] { return false }
        return true
    }

    /// The first of `needles` that occurs at `i` (callers list longer alternatives first).
    static func firstMatch(_ needles: [[UInt8]], in hay: [UInt8], at i: Int, limit: Int) -> [UInt8]? {
        needles.first { matches($0, in: hay, at: i, limit: limit) }
    }

    /// Whether some needle occurs in the range.
    static func containsAny(_ needles: [[UInt8]], in hay: [UInt8], _ range: Range<Int>) -> Bool {
        needles.contains { contains($0, in: hay, range) }
    }

    // MARK: - Characters

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The offset of the character `n` characters before `i`, not before `floor`.
    static func back(_ hay: [UInt8], from i: Int, characters n: Int, floor: Int) -> Int {
        var i = i
        var left = n
        while left > 0 && i > floor {
            i -= 1
            while i > floor && isContinuation(hay[i]) { i -= 1 }
            left -= 1
        }
        return i
    }

    /// The offset `n` characters after `i`, not past `limit`.
    static func forward(_ hay: [UInt8], from i: Int, characters n: Int, limit: Int) -> Int {
        var i = i
        var left = n
        while left > 0 && i < limit {
            i += 1
            while i < limit && isContinuation(hay[i]) { i += 1 }
            left -= 1
        }
        return i
    }

    /// The number of characters (Unicode scalars) in the range.
    static func characterCount(_ hay: [UInt8], _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where !isContinuation(hay[i]) { n += 1 }
        return n
    }

    // MARK: - Spaces

    /// The byte length of the space at `i`: ASCII space and tab, U+00A0, U+3000; 0 when there is none.
    static func spaceWidth(_ hay: [UInt8], at i: Int, limit: Int) -> Int {
        guard i < limit else { return 0 }
        switch hay[i] {
        case 0x20, 0x09: return 1
        case 0xC2 where i + 1 < limit && hay[i + 1] == 0xA0: return 2
        case 0xE3 where i + 2 < limit && hay[i + 1] == 0x80 && hay[i + 2] == 0x80: return 3
        default: return 0
        }
    }

    static func skipSpaces(_ hay: [UInt8], from i: Int, limit: Int) -> Int {
        var i = i
        while true {
            let width = spaceWidth(hay, at: i, limit: limit)
            if width == 0 { return i }
            i += width
        }
    }

    /// The range without the spaces (and CR) at both ends.
    static func trimmed(_ hay: [UInt8], _ range: Range<Int>) -> Range<Int> {
        let start = skipSpaces(hay, from: range.lowerBound, limit: range.upperBound)
        var end = range.upperBound
        while end > start {
            let previous = back(hay, from: end, characters: 1, floor: start)
            if spaceWidth(hay, at: previous, limit: end) == end - previous || hay[previous] == 0x0D {
                end = previous
            } else {
                break
            }
        }
        return start..<end
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
