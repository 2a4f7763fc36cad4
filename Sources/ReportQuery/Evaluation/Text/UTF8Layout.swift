/// Texts laid out as one contiguous UTF-8 buffer with offsets, so that scanning them (`~`, `like`,
/// comparisons, sorting) reads bytes directly instead of going through each `String`.
struct UTF8Layout: ByteTexts {
    let bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` are the bytes of text i.
    let offsets: [Int]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(texts.count + 1)
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            offsets.append(bytes.count)
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The texts of rows whose values are `codes` into the texts of `values` (-1: null, the empty text).
    init(codes: [Int32], values: UTF8Layout) {
        var bytes: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(codes.count + 1)
        values.bytes.withUnsafeBufferPointer { source in
            for code in codes {
                if code >= 0 {
                    bytes.append(contentsOf: source[values.offsets[Int(code)]..<values.offsets[Int(code) + 1]])
                }
                offsets.append(bytes.count)
            }
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    /// Calls `body` with the bytes of every text; `body` runs inside one pointer access.
    func withTexts<R>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { buffer in
            try offsets.withUnsafeBufferPointer { offsets in
                try body { i in UnsafeBufferPointer(rebasing: buffer[offsets[i]..<offsets[i + 1]]) }
            }
        }
    }
}
