/// A calendar date written `YYYY-MM-DD`, as the field `published` holds one (the one rule for
/// reading dates in queries: `date '…'`, `cast(x as date)`, `year()`, `date_diff`). Month and day may
/// have one digit; the date must exist (2024-02-30 does not). Years 1 to 9999.
struct ISODate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
        let parts = text.utf8.split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let y = Int(String(decoding: parts[0], as: UTF8.self)),
              let m = Int(String(decoding: parts[1], as: UTF8.self)),
              let d = Int(String(decoding: parts[2], as: UTF8.self)) else { return nil }
        guard y >= 1, (1...12).contains(m), d >= 1, d <= ISODate.days(inMonth: m, of: y) else { return nil }
        year = y
        month = m
        day = d
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD` with zero-padded month and day.
    var text: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func < (a: ISODate, b: ISODate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The units `date_diff` counts, as DuckDB names them.
    enum Part: String, Sendable, Hashable {
        case day, week, month, quarter, year

        init?(name: String) {
            switch name.lowercased() {
            case "day", "days", "d", "dd", "dayofmonth": self = .day
            case "week", "weeks", "w", "ww": self = .week
            case "month", "months", "mon", "mm": self = .month
            case "quarter", "quarters", "q": self = .quarter
            case "year", "years", "y", "yy", "yyyy", "yr": self = .year
            default: return nil
            }
        }
    }

    /// `date_diff(part, self, other)` as DuckDB counts it: days and weeks (whole 7 days, toward zero)
    /// from the day numbers; months, quarters and years by the boundaries crossed (2024-01-31 to
    /// 2024-02-01 is one month).
    func difference(_ part: Part, to other: ISODate) -> Int {
        switch part {
        case .day: return other.dayNumber - dayNumber
        case .week: return (other.dayNumber - dayNumber) / 7
        case .month: return (other.year * 12 + other.month) - (year * 12 + month)
        case .quarter: return (other.year * 4 + (other.month - 1) / 3) - (year * 4 + (month - 1) / 3)
        case .year: return other.year - year
        }
    }
}
