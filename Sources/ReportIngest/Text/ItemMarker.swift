/// A numbering prefix at the start of a line: `一、` `2、` `3.` `（1）` `(一)` `第一部分` `一是`.
struct ItemMarker: Sendable, Hashable {
    enum Style: Sendable, Hashable {
        /// `一、`, `2、`, `3.` — top-level section numbering.
        case plain
        /// `（一）`, `(1)` — sub-items, though some reports number sections this way.
        case parenthesized
        /// `第一部分`.
        case ordinal
        /// `一是`, `二是` — enumerations inside a paragraph.
        case enumerating
    }

    var number: Int
    var style: Style
    /// Bytes taken by the marker and the spaces after it.
    var length: Int

    static let chineseDigits: [[UInt8]] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"].map { Array($0.utf8) }
    static let ten = Array("十".utf8)
    static let openParens: [[UInt8]] = [Array("（".utf8), Array("(".utf8)]
    static let closeParens: [[UInt8]] = [Array("）".utf8), Array(")".utf8)]
    static let plainDelimiters: [[UInt8]] = ["、", "．", ".", "，"].map { Array($0.utf8) }
    static let ordinalStart = Array("第".utf8)
    static let ordinalEnds: [[UInt8]] = ["部分", "章", "节"].map { Array($0.utf8) }
    static let enumerating = Array("是".utf8)

    /// The marker at `i`, or nil when the text there is not a numbering prefix.
    static func parse(_ hay: [UInt8], at i: Int, limit: Int) -> ItemMarker? {
        if let open = Bytes.firstMatch(openParens, in: hay, at: i, limit: limit),
           let (number, end) = numeral(hay, at: Bytes.skipSpaces(hay, from: i + open.count, limit: limit), limit: limit) {
            let closeAt = Bytes.skipSpaces(hay, from: end, limit: limit)
            guard let close = Bytes.firstMatch(closeParens, in: hay, at: closeAt, limit: limit) else { return nil }
            var after = closeAt + close.count
            if let comma = Bytes.firstMatch(plainDelimiters, in: hay, at: after, limit: limit) { after += comma.count }
            return ItemMarker(number: number, style: .parenthesized, length: after, from: i, hay, limit)
        }
        if Bytes.matches(ordinalStart, in: hay, at: i, limit: limit),
           let (number, end) = numeral(hay, at: i + ordinalStart.count, limit: limit),
           let suffix = Bytes.firstMatch(ordinalEnds, in: hay, at: end, limit: limit) {
            return ItemMarker(number: number, style: .ordinal, length: end + suffix.count, from: i, hay, limit)
        }
        guard let (number, end) = numeral(hay, at: i, limit: limit) else { return nil }
        if let delimiter = Bytes.firstMatch(plainDelimiters, in: hay, at: end, limit: limit) {
            return ItemMarker(number: number, style: .plain, length: end + delimiter.count, from: i, hay, limit)
        }
        if Bytes.matches(enumerating, in: hay, at: end, limit: limit), !ScannedNumber.isDigit(hay, at: i, limit: limit) {
            return ItemMarker(number: number, style: .enumerating, length: end + enumerating.count, from: i, hay, limit)
        }
        return nil
    }

    private init(number: Int, style: Style, length end: Int, from start: Int, _ hay: [UInt8], _ limit: Int) {
        self.number = number
        self.style = style
        self.length = Bytes.skipSpaces(hay, from: end, limit: limit) - start
    }

    /// A numeral of one or two ASCII/full-width digits, or a Chinese numeral 一 … 九十九; its value and end.
    static func numeral(_ hay: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        if let number = ScannedNumber.scan(hay, at: i, limit: limit), number.fraction == nil {
            guard (1...99).contains(number.integerPart), number.end - number.start <= 6 else { return nil }
            return (number.integerPart, number.end)
        }
        var value = 0
        var j = i
        if let (d, end) = chineseDigit(hay, at: j, limit: limit) { value = d; j = end }
        if Bytes.matches(ten, in: hay, at: j, limit: limit) {
            value = max(value, 1) * 10
            j += ten.count
            if let (d, end) = chineseDigit(hay, at: j, limit: limit) { value += d; j = end }
        }
        return value > 0 ? (value, j) : nil
    }

    private static func chineseDigit(_ hay: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        for (index, digit) in chineseDigits.enumerated() where Bytes.matches(digit, in: hay, at: i, limit: limit) {
            return (index + 1, i + digit.count)
        }
        return nil
    }
}
