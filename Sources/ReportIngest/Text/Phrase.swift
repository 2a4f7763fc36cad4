/// Helpers for reading a phrase of running text: counts written as "keyword [fillers] number unit",
/// clause and sentence boundaries, and the years a sentence mentions.
enum Phrase {
    static let clauseEnds: [[UInt8]] = ["，", "。", "；", "！", "？", "\n", ",", ";"].map { Array($0.utf8) }
    static let sentenceEnds: [[UInt8]] = ["。", "；", "！", "？", "\n", ";"].map { Array($0.utf8) }
    static let enumerationComma = Array("、".utf8)
    static let yearMark = Array("年".utf8)

    /// The number stated at `i` as `[fillers] number unit`: up to `maxFillers` filler words and spaces,
    /// then a number, optional spaces and one of the units. The number's `end` is past the unit.
    static func count(
        _ hay: [UInt8], at i: Int, limit: Int, fillers: [[UInt8]] = [], maxFillers: Int = 3, units: [[UInt8]]
    ) -> ScannedNumber? {
        var j = Bytes.skipSpaces(hay, from: i, limit: limit)
        var taken = 0
        while taken < maxFillers, let filler = Bytes.firstMatch(fillers, in: hay, at: j, limit: limit) {
            j = Bytes.skipSpaces(hay, from: j + filler.count, limit: limit)
            taken += 1
        }
        guard var number = ScannedNumber.scan(hay, at: j, limit: limit) else { return nil }
        let unitAt = Bytes.skipSpaces(hay, from: number.end, limit: limit)
        guard let unit = Bytes.firstMatch(units, in: hay, at: unitAt, limit: limit) else { return nil }
        number.end = unitAt + unit.count
        return number
    }

    /// Whether one of the ends occurs at `i`; its length, or 0.
    static func boundaryLength(_ ends: [[UInt8]], _ hay: [UInt8], at i: Int, limit: Int) -> Int {
        Bytes.firstMatch(ends, in: hay, at: i, limit: limit)?.count ?? 0
    }

    /// Where the clause (or sentence, with `sentenceEnds`) containing offset `i` starts, looking back
    /// at most `maxCharacters` characters and not before `floor`.
    static func start(before i: Int, in hay: [UInt8], ends: [[UInt8]], floor: Int, maxCharacters: Int = 80) -> Int {
        var j = i
        var left = maxCharacters
        while j > floor && left > 0 {
            let previous = Bytes.back(hay, from: j, characters: 1, floor: floor)
            if boundaryLength(ends, hay, at: previous, limit: j) == j - previous { return j }
            j = previous
            left -= 1
        }
        return j
    }

    /// Where the clause containing `i` ends (at the boundary), looking ahead at most `maxCharacters`.
    static func end(after i: Int, in hay: [UInt8], ends: [[UInt8]], limit: Int, maxCharacters: Int = 80) -> Int {
        var j = i
        var left = maxCharacters
        while j < limit && left > 0 {
            if boundaryLength(ends, hay, at: j, limit: limit) > 0 { return j }
            j = Bytes.forward(hay, from: j, characters: 1, limit: limit)
            left -= 1
        }
        return j
    }

    /// The years (1990–2099) written as `2022年` / `2022 年度` in the range, with their offsets.
    static func years(in hay: [UInt8], _ range: Range<Int>) -> [(year: Int, offset: Int)] {
        var found: [(Int, Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard ScannedNumber.isDigit(hay, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            guard let number = ScannedNumber.scan(hay, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            let precededByDigit = i > range.lowerBound && ScannedNumber.isDigit(hay, at: i - 1, limit: i)
            let markAt = Bytes.skipSpaces(hay, from: number.end, limit: range.upperBound)
            if !precededByDigit, number.fraction == nil, (1990...2099).contains(number.integerPart),
               Bytes.matches(yearMark, in: hay, at: markAt, limit: range.upperBound) {
                found.append((number.integerPart, i))
            }
            i = number.end
        }
        return found
    }

    /// Whether the sentence up to `i` is about another year than `year`: it names years, none of them `year`.
    static func isAboutOtherYear(_ hay: [UInt8], at i: Int, floor: Int, year: Int?) -> Bool {
        guard let year else { return false }
        let start = start(before: i, in: hay, ends: sentenceEnds, floor: floor, maxCharacters: 120)
        let years = years(in: hay, start..<i).map(\.year)
        return !years.isEmpty && !years.contains(year)
    }

    static func words(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }
}
