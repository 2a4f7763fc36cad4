/// Byte- and scalar-level classification shared by the lexer and the statement splitter.
enum CharacterClass {
    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes the scalar starting at `i` of valid UTF-8 `bytes`; returns it and its length in bytes.
    static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value: UInt32
        switch length {
        case 1: value = b0
        case 2: value = b0 & 0x1F
        case 3: value = b0 & 0x0F
        default: value = b0 & 0x07
        }
        for k in 1..<length { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Letters of any script (CJK included), `_`, and with `allowDigits` the ASCII digits.
    static func isIdentifier(_ s: Unicode.Scalar, allowDigits: Bool) -> Bool {
        if s.isASCII {
            let b = UInt8(s.value)
            return isASCIILetter(b) || b == 0x5F || (allowDigits && isDigit(b))
        }
        return s.properties.isAlphabetic || s.properties.isIdeographic
    }

    /// The identifier character at `i`, if any, and its length in bytes.
    static func identifierLength(in bytes: [UInt8], at i: Int, allowDigits: Bool) -> Int? {
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        if b < 0x80 {
            return isASCIILetter(b) || b == 0x5F || (allowDigits && isDigit(b)) ? 1 : nil
        }
        let (s, n) = scalar(in: bytes, at: i)
        return isIdentifier(s, allowDigits: allowDigits) ? n : nil
    }

    /// Whitespace, including the ideographic space U+3000.
    static func whitespaceLength(in bytes: [UInt8], at i: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return 1 }
        guard b >= 0x80 else { return nil }
        let (s, n) = scalar(in: bytes, at: i)
        return s.properties.isWhitespace ? n : nil
    }
}
