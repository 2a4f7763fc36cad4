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
