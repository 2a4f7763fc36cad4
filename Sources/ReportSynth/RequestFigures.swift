import ReportModel

/// Consistent random figures for table 三: outcome rows per applicant column, （七）总计 their sum, 一 + 二
/// balancing （七）+ 四, and 总计 the sum of the six applicant columns.
struct RequestFigures: Sendable {
    /// The rows printed with figures, in order (the 2019 template has one （六） row).
    let rows: [RequestRow]
    /// Seven values (six applicants, 总计) per row.
    private(set) var values: [RequestRow: [Int]] = [:]

    static func rows(template2019: Bool) -> [RequestRow] {
        guard template2019 else { return RequestRow.printed }
        let subRows = RequestRow.otherHandling.children
        var rows = RequestRow.printed.filter { !subRows.contains($0) }
        rows.insert(.otherHandling, at: rows.firstIndex(of: .processed)!)
        return rows
    }

    /// - Parameter scale: the largest count of one outcome in one column (4; web text uses larger ones, so
    ///   that figures of several digits run together).
    init(_ rng: inout SplitMix64, template2019: Bool, scale: Int = 4) {
        rows = Self.rows(template2019: template2019)
        let outcomes = rows.filter { ![.new, .carriedIn, .processed, .carriedOut].contains($0) }
        let quiet = rng.chance(0.3)
        let activity = [0.7, 0.35, 0.1, 0.1, 0.1, 0.15]
        var columns: [RequestRow: [Int]] = [:]
        for share in activity {
            let active = !quiet && rng.chance(share)
            var processed = 0
            for row in outcomes {
                let v = active ? rng.count(zero: 0.75, max: scale) : 0
                columns[row, default: []].append(v)
                processed += v
            }
            let carriedOut = active ? rng.count(zero: 0.8, max: max(2, scale / 2)) : 0
            let carriedIn = active ? min(rng.count(zero: 0.8, max: max(2, scale / 2)), processed + carriedOut) : 0
            columns[.processed, default: []].append(processed)
            columns[.carriedOut, default: []].append(carriedOut)
            columns[.carriedIn, default: []].append(carriedIn)
            columns[.new, default: []].append(processed + carriedOut - carriedIn)
        }
        for (row, applicants) in columns { values[row] = applicants + [applicants.reduce(0, +)] }
    }

    /// Sets the six applicant columns' 上年结转 to `carriedIn` and keeps every column balanced: 新收 is
    /// 办理 + 结转下年度 − 上年结转, and where that would be negative 结转下年度 grows by the difference
    /// (新收 0). Totals follow.
    mutating func carryIn(_ carriedIn: [Int]) {
        for column in 0..<min(6, carriedIn.count) {
            let processed = values[.processed]![column], carriedOut = values[.carriedOut]![column]
            let shortfall = max(0, carriedIn[column] - processed - carriedOut)
            values[.carriedIn]![column] = carriedIn[column]
            values[.carriedOut]![column] = carriedOut + shortfall
            values[.new]![column] = processed + carriedOut + shortfall - carriedIn[column]
        }
        for row in [RequestRow.carriedIn, .carriedOut, .new] { values[row]![6] = values[row]!.prefix(6).reduce(0, +) }
    }
}
