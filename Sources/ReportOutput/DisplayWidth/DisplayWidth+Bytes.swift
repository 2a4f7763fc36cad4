extension DisplayWidth {
    /// The width of valid UTF-8 text (a `String`'s bytes), the same as `of(_:)` by the same rule,
    /// measured on the bytes: printable ASCII counts one a byte; other scalars of the Basic
    /// Multilingual Plane are looked up in `basicPlane`; when a scalar may join a cluster (a
    /// combining mark, an emoji, a control) the text is measured as a `String` instead.
    public static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead >= 0x20, lead != 0x7F else { return slow(bytes) }
                width += 1
                index += 1
                continue
            }
            let value: UInt32
            if lead < 0xE0, index + 1 < count {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0, index + 2 < count {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return slow(bytes)
            }
            let entry = basicPlane[Int(value)]
            guard entry & standsAloneBit != 0 else { return slow(bytes) }
            width += Int(entry & 3)
        }
        return width
    }

    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        of(String(decoding: bytes, as: UTF8.self))
    }

    private static let standsAloneBit: UInt8 = 4

    /// Per scalar U+0000 … U+FFFF: its width (`of(scalar:)`, bits 0–1), and bit 2 when it has a
    /// width and stands alone (`standsAlone`), so a text of such scalars is measured by their sum.
    /// Built once from the width table, on first use.
    static let basicPlane: [UInt8] = (0..<0x10000).map { (value: UInt32) -> UInt8 in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let width = UInt8(of(scalar: scalar))
        return width > 0 && standsAlone(value) ? width | standsAloneBit : width
    }
}
