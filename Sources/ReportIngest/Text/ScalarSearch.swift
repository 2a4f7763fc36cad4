extension Array where Element == Unicode.Scalar {
    /// The first index where `needle` occurs, or nil. For the short names of agencies and places, where
    /// Foundation's `range(of:)` would be slow.
    func firstIndex(ofScalars needle: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for i in 0...(count - needle.count) where self[i] == needle[0] {
            var k = 1
            while k < needle.count && self[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        return nil
    }

    func hasPrefix(scalars prefix: [Unicode.Scalar], at i: Int = 0) -> Bool {
        guard i >= 0, i + prefix.count <= count else { return false }
        for k in 0..<prefix.count where self[i + k] != prefix[k] { return false }
        return true
    }
}

extension String {
    var scalars: [Unicode.Scalar] { Array(unicodeScalars) }
}
