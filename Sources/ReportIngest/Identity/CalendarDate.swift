/// A date written as "2024年1月11日", "2024 年 1 月 11 日" or "二〇二四年一月十一日".
struct CalendarDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    /// `YYYY-MM-DD`.
    var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static let yearMark = Array("年".utf8)
    static let monthMark = Array("月".utf8)
    static let dayMarks = Phrase.words("日", "号")
    static let chineseYearDigits: [[UInt8]] =
        ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"].map { Array($0.utf8) }
    static let chineseZeros = Phrase.words("零", "○", "Ｏ", "O")

    /// The date starting exactly at `i` and where it ends, or nil.
    static func parse(_ hay: [UInt8], at i: Int, limit: Int) -> (date: CalendarDate, end: Int)? {
        guard let (year, afterYear) = year(hay, at: i, limit: limit) else { return nil }
        var j = Bytes.skipSpaces(hay, from: afterYear, limit: limit)
        guard Bytes.matches(yearMark, in: hay, at: j, limit: limit) else { return nil }
        j = Bytes.skipSpaces(hay, from: j + yearMark.count, limit: limit)
        guard let (month, afterMonth) = ItemMarker.numeral(hay, at: j, limit: limit), (1...12).contains(month) else {
            return nil
        }
        j = Bytes.skipSpaces(hay, from: afterMonth, limit: limit)
        guard Bytes.matches(monthMark, in: hay, at: j, limit: limit) else { return nil }
        j = Bytes.skipSpaces(hay, from: j + monthMark.count, limit: limit)
        guard let (day, afterDay) = ItemMarker.numeral(hay, at: j, limit: limit), (1...31).contains(day) else {
            return nil
        }
        j = Bytes.skipSpaces(hay, from: afterDay, limit: limit)
        guard let mark = Bytes.firstMatch(dayMarks, in: hay, at: j, limit: limit) else { return nil }
        return (CalendarDate(year: year, month: month, day: day), j + mark.count)
    }

    /// Four ASCII/full-width digits, or four Chinese digits (〇 一 … 九).
    private static func year(_ hay: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        if let number = ScannedNumber.scan(hay, at: i, limit: limit) {
            guard number.fraction == nil, (1990...2099).contains(number.integerPart) else { return nil }
            return (number.integerPart, number.end)
        }
        var value = 0
        var j = i
        for _ in 0..<4 {
            if let zero = Bytes.firstMatch(chineseZeros, in: hay, at: j, limit: limit) {
                value *= 10
                j += zero.count
            } else if let digit = chineseYearDigits.firstIndex(where: { Bytes.matches($0, in: hay, at: j, limit: limit) }) {
                value = value * 10 + digit
                j += chineseYearDigits[digit].count
            } else {
                return nil
            }
        }
        return (1990...2099).contains(value) ? (value, j) : nil
    }
}
