/// A number written in the text with ASCII or full-width digits (and an optional decimal fraction), and
/// where it is: `start` and `end` are byte offsets.
struct ScannedNumber: Sendable, Hashable {
    var integerPart: Int
    var fraction: Double?
    var start: Int
    var end: Int

    /// The value as an integer, or nil when it has a fraction.
    var integer: Int? { fraction == nil ? integerPart : nil }
    var double: Double { Double(integerPart) + (fraction ?? 0) }

    /// Longest digit string read; longer ones are not counts a report would state.
    static let maxDigits = 15

    /// Reads the number starting exactly at `i` (no leading spaces), or nil when no digit is there.
    static func scan(_ hay: [UInt8], at i: Int, limit: Int) -> ScannedNumber? {
        var value = 0
        var digits = 0
        var j = i
        while let (digit, width) = digit(hay, at: j, limit: limit) {
            digits += 1
            if digits > maxDigits { return nil }
            value = value * 10 + digit
            j += width
        }
        guard digits > 0 else { return nil }
        var number = ScannedNumber(integerPart: value, fraction: nil, start: i, end: j)
        let point = pointWidth(hay, at: j, limit: limit)
        if point > 0, digit(hay, at: j + point, limit: limit) != nil {
            var fraction = 0.0
            var scale = 0.1
            var k = j + point
            while let (d, width) = digit(hay, at: k, limit: limit), scale > 1e-12 {
                fraction += Double(d) * scale
                scale /= 10
                k += width
            }
            number.fraction = fraction
            number.end = k
        }
        return number
    }

    /// Whether a digit (ASCII or full-width) is at `i`.
    static func isDigit(_ hay: [UInt8], at i: Int, limit: Int) -> Bool { digit(hay, at: i, limit: limit) != nil }

    /// The digit at `i` and its byte width: ASCII 0–9 or full-width ０–９ (EF BC 90–99).
    static func digit(_ hay: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        guard i < limit else { return nil }
        let byte = hay[i]
        if (0x30...0x39).contains(byte) { return (Int(byte - 0x30), 1) }
        if byte == 0xEF, i + 2 < limit, hay[i + 1] == 0xBC, (0x90...0x99).contains(hay[i + 2]) {
            return (Int(hay[i + 2] - 0x90), 3)
        }
        return nil
    }

    /// `.` or full-width `．`.
    private static func pointWidth(_ hay: [UInt8], at i: Int, limit: Int) -> Int {
        guard i < limit else { return 0 }
        if hay[i] == 0x2E { return 1 }
        if hay[i] == 0xEF, i + 2 < limit, hay[i + 1] == 0xBC, hay[i + 2] == 0x8E { return 3 }
        return 0
    }
}
