/// Words that each start with a three-byte character, tested together in one pass over a line: the
/// words are compared only where a character one of them starts with occurs (a `memmem` per word cost
/// more than the parsing it saved on lines this short).
struct LeadWords: Sendable {
    let words: [[UInt8]]
    /// Each word's first character as one number.
    private let leads: [UInt32]

    init(_ words: [[UInt8]]) {
        precondition(words.allSatisfy { $0.count >= 3 && (0xE0..<0xF0).contains($0[0]) }, "words start with a three-byte character")
        self.words = words
        leads = words.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }
    }

    /// Whether the bytes of `range` hold one of the words.
    func isHeld(in hay: [UInt8], _ range: Range<Int>) -> Bool {
        hay.withUnsafeBufferPointer { bytes in
            leads.withUnsafeBufferPointer { leads in
                var i = range.lowerBound
                while i + 2 < range.upperBound {
                    guard bytes[i] >= 0xE0 && bytes[i] < 0xF0 else {
                        i += 1
                        continue
                    }
                    let key = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
                    for k in 0..<leads.count where leads[k] == key {
                        if Bytes.matches(words[k], in: hay, at: i, limit: range.upperBound) { return true }
                    }
                    i += 3
                }
                return false
            }
        }
    }
}
