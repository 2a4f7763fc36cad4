/// The order and equality of text: by Unicode code points (UTF-8 bytes), as SQLite's default
/// collation. Chinese text therefore sorts by code point, not by pinyin; texts that differ only in
/// Unicode normalisation are different.
enum TextOrder {
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Equal bytes (no Unicode normalisation, consistent with the order).
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && compare(a, b) == 0
    }

    /// The first eight bytes as a big-endian integer (zero-padded): comparing prefixes orders texts
    /// that differ within their first eight bytes.
    static func prefix(_ text: String) -> UInt64 {
        var result: UInt64 = 0
        var n = 0
        for byte in text.utf8 {
            result = result << 8 | UInt64(byte)
            n += 1
            if n == 8 { return result }
        }
        return n == 0 ? 0 : result << (8 * UInt64(8 - n))
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`.
    static func compare(_ a: String, _ b: String) -> Int {
        let result = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in compare(x, y) }
        }
        if let result, let result { return result }
        return Array(a.utf8).withUnsafeBufferPointer { x in Array(b.utf8).withUnsafeBufferPointer { y in compare(x, y) } }
    }

    static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(x.count, y.count)
        var i = 0
        while i < n {
            if x[i] != y[i] { return Int(x[i]) - Int(y[i]) }
            i += 1
        }
        return x.count - y.count
    }
}
