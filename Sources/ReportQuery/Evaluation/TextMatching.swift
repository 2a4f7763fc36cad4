#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `~`: whether a text contains another, compared as UTF-8 bytes (the same as comparing Unicode
/// scalars; case-sensitive). Long texts are scanned with the C library's `memchr` for the needle's
/// last byte (in Chinese text a continuation byte, rarer than lead bytes).
enum TextSearch {
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if let found = text.utf8.withContiguousStorageIfAvailable({ search($0, needle) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { search($0, needle) }
    }

    static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if haystack.count > 256 { return scan(haystack, needle) }
        let m = needle.count
        guard haystack.count >= m else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - m
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < m, haystack[i + j] == needle[j] { j += 1 }
                if j == m { return true }
            }
            i += 1
        }
        return false
    }
}

extension TextSearch {
    private static func scan(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress else { return false }
        let m = needle.count
        guard haystack.count >= m else { return false }
        let last = Int32(needle[m - 1])
        return needle.withUnsafeBufferPointer { needle in
            var i = m - 1
            while i < haystack.count {
                guard let found = memchr(base + i, last, haystack.count - i) else { return false }
                let j = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if m == 1 || memcmp(base + j - (m - 1), needle.baseAddress!, m - 1) == 0 { return true }
                i = j + 1
            }
            return false
        }
    }
}

/// A compiled `like` pattern: `%` matches any run of characters, `_` exactly one (one Unicode scalar,
/// so one Chinese character); everything else matches itself, case-sensitively. No escape character.
struct LikePattern: Sendable {
    private enum Part: Sendable, Equatable {
        case byte(UInt8)
        case one
        case any
    }

    private let parts: [Part]

    init(_ pattern: String) {
        parts = pattern.utf8.map { b in b == 0x25 ? .any : b == 0x5F ? .one : .byte(b) }
    }

    func matches(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ match($0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { match($0) }
    }

    /// Greedy matching with backtracking to the last `%` (linear in practice, never exponential).
    func match(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var t = 0, p = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < parts.count {
                switch parts[p] {
                case .byte(let b) where b == text[t]:
                    t += 1; p += 1; continue
                case .one:
                    t += LikePattern.scalarLength(text[t]); p += 1; continue
                case .any:
                    starP = p; starT = t; p += 1; continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT += LikePattern.scalarLength(text[starT])
            t = starT
        }
        while p < parts.count, parts[p] == .any { p += 1 }
        return p == parts.count
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
