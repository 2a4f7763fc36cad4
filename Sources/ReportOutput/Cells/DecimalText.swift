/// Fixed-point text of a decimal for human formats, rounded on its decimal digits.
///
/// The digits are those of the shortest text that round-trips the Double (`0.285`, not the binary
/// `0.28499999…`), rounded half away from zero — so `0.285` to two places is `0.29`, as a reader
/// expects. No exponent notation, no locale, no grouping. Data formats use `Value.format(decimal:)`.
struct DecimalText {
    /// value = digits × 10^exponent; digits have no leading zeros (but at least one digit).
    private var negative: Bool
    private var digits: [UInt8]
    private var exponent: Int

    /// nil for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        negative = value < 0
        let text = value.magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let power = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let halves = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = halves.count > 1 ? halves[1] : ""
        digits = (halves[0] + fraction).utf8.map { $0 - UInt8(ascii: "0") }
        exponent = power - fraction.count
        normalize()
    }

    /// `value` with exactly `places` fraction digits (`fixed(0.5, 2)` is `0.50`); nil when not finite.
    static func fixed(_ value: Double, places: Int) -> String? {
        DecimalText(value)?.rounded(places: places).text(places: places)
    }

    /// How many fraction digits `value` needs once rounded to at most `maxPlaces` (`0.5` needs 1).
    static func placesNeeded(_ value: Double, maxPlaces: Int) -> Int {
        guard let rounded = DecimalText(value)?.rounded(places: maxPlaces) else { return 0 }
        return max(0, -rounded.exponent)
    }

    private var isZero: Bool { digits == [0] }

    private mutating func normalize() {
        while digits.count > 1, digits.first == 0 { digits.removeFirst() }
        while digits.count > 1, digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if isZero { exponent = 0 }
    }

    private func rounded(places: Int) -> DecimalText {
        let dropped = -places - exponent
        guard dropped > 0 else { return self }
        var copy = self
        if copy.digits.count <= dropped {
            copy.digits = [UInt8](repeating: 0, count: dropped - copy.digits.count + 1) + copy.digits
        }
        let roundsUp = copy.digits[copy.digits.count - dropped] >= 5
        copy.digits.removeLast(dropped)
        copy.exponent = -places
        if roundsUp {
            var index = copy.digits.count - 1
            while index >= 0, copy.digits[index] == 9 {
                copy.digits[index] = 0
                index -= 1
            }
            if index >= 0 { copy.digits[index] += 1 } else { copy.digits.insert(1, at: 0) }
        }
        copy.normalize()
        return copy
    }

    private func text(places: Int) -> String {
        var body = digits
        var fractionCount = 0
        if exponent >= 0 {
            body += [UInt8](repeating: 0, count: exponent)
        } else {
            fractionCount = -exponent
            if body.count <= fractionCount {
                body = [UInt8](repeating: 0, count: fractionCount - body.count + 1) + body
            }
        }
        let integerDigits = body.prefix(body.count - fractionCount)
        let fractionDigits = body.suffix(fractionCount) + [UInt8](repeating: 0, count: max(0, places - fractionCount))
        var out = negative && !isZero ? "-" : ""
        out += String(decoding: integerDigits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        if !fractionDigits.isEmpty {
            out += "." + String(decoding: fractionDigits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        }
        return out
    }
}
