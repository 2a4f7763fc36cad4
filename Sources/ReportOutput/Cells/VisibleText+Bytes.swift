extension VisibleText {
    /// The bytes that may start a control: C0, DEL, and 0xC2, the lead byte of U+0080 … U+009F.
    private static let controlStarts = ByteSet.controls(and: [0x7F, 0xC2])
    private static let hex = Array("0123456789ABCDEF".utf8)
    private static let escapeStart = Array("\\u{".utf8)

    /// `escape(_:)` on valid UTF-8 bytes, appended to `out`: the same escapes, found with one scan.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while true {
            let next = controlStarts.firstIndex(in: bytes, from: start)
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: next - start))
            if next == bytes.count { return }
            let byte = bytes[next]
            start = next + 1
            switch byte {
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0xC2:
                // U+0080 … U+009F are controls; any other U+00XX is copied on.
                guard next + 1 < bytes.count, (0x80...0x9F).contains(bytes[next + 1]) else {
                    out.append(byte)
                    continue
                }
                escapeScalar(UInt32(bytes[next + 1]), to: &out)
                start = next + 2
            default: escapeScalar(UInt32(byte), to: &out)
            }
        }
    }

    /// `\u{1B}`: the scalar in upper-case hex, no leading zeros.
    private static func escapeScalar(_ value: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: escapeStart)
        if value >= 0x10 { out.append(hex[Int(value >> 4)]) }
        out.append(hex[Int(value & 15)])
        out.append(UInt8(ascii: "}"))
    }
}
