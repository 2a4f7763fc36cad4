#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `~`: whether a text contains another, compared as UTF-8 bytes (the same as comparing Unicode
/// scalars; case-sensitive). Long texts are scanned from both ends (`scan`).
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
    /// Start positions are tried in blocks taken alternately from the back and the front of the text,
    /// so a needle near either end is found after reading little of a long text; absent needles read
    /// every byte once, as a forward scan does. The back comes first: the national format puts what a
    /// search of the reports looks for in their last sections (section 六 must report 信息处理费,
    /// section 五 the problems and fixes), so whether a report mentions 信息处理费 is settled after
    /// reading a few hundred bytes of it, not 93% of it (or 512 bytes more, front first). Within a block, 8 positions at a time are
    /// filtered on the needle's first and last bytes together (few positions pass both, where the
    /// last byte alone stopped every hundred bytes of Chinese text), then compared in full.
    private static func scan(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress else { return false }
        let m = needle.count
        guard haystack.count >= m else { return false }
        return needle.withUnsafeBufferPointer { needle in
            let block = 512
            var front = 0
            var back = haystack.count - m + 1
            while front < back {
                let backStart = max(front, back - block)
                if find(base, needle, starts: backStart..<back) { return true }
                back = backStart
                guard front < back else { break }
                let frontEnd = min(back, front + block)
                if find(base, needle, starts: front..<frontEnd) { return true }
                front = frontEnd
            }
            return false
        }
    }

    /// Whether the needle occurs at one of `starts` (the text extends at least `m - 1` bytes past them).
    /// A byte equal to the needle's first byte, with the needle's last byte `m - 1` further on, marks a
    /// candidate; every candidate is compared in full. Sixteen positions at a time with SIMD compares
    /// (a text holding no match is read at about twice the speed of eight at a time), then eight at a
    /// time (SWAR: `zeros` flags every zero byte and may flag a byte above one, so no match is
    /// missed), then one by one.
    @inline(__always)
    private static func find(_ base: UnsafePointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, starts: Range<Int>) -> Bool {
        let m = needle.count
        let n = needle.baseAddress!
        let ones: UInt64 = 0x0101_0101_0101_0101
        let first = ones &* UInt64(needle[0])
        let last = ones &* UInt64(needle[m - 1])
        let raw = UnsafeRawPointer(base)
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & (ones << 7) }
        var i = starts.lowerBound
        let firstLanes = SIMD16<UInt8>(repeating: needle[0])
        let lastLanes = SIMD16<UInt8>(repeating: needle[m - 1])
        while i + 16 <= starts.upperBound {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i + m - 1, as: SIMD16<UInt8>.self)
            if any((a .== firstLanes) .& (b .== lastLanes)) {
                for k in 0..<16 where base[i + k] == needle[0] && base[i + k + m - 1] == needle[m - 1]
                    && (m <= 2 || memcmp(base + i + k + 1, n + 1, m - 2) == 0) { return true }
            }
            i += 16
        }
        while i + 8 <= starts.upperBound {
            let a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + m - 1, as: UInt64.self))
            var hits = zeros(a ^ first) & zeros(b ^ last)
            while hits != 0 {
                let k = hits.trailingZeroBitCount >> 3
                if base[i + k] == needle[0] && base[i + k + m - 1] == needle[m - 1]
                    && (m <= 2 || memcmp(base + i + k + 1, n + 1, m - 2) == 0) { return true }
                hits &= hits &- 1
            }
            i += 8
        }
        while i < starts.upperBound {
            if base[i] == needle[0] && base[i + m - 1] == needle[m - 1] && (m <= 2 || memcmp(base + i + 1, n + 1, m - 2) == 0) {
                return true
            }
            i += 1
        }
        return false
    }
}
