/// The reporting year: the 统计期限 sentence ("统计期限自2022年1月1日起至2022年12月31日止"), else the title
/// (at the top, else a metadata `标题`); only when neither states it, the signing date minus one, with a
/// warning; else — with a warning — the year section 一 names most. A title that names another year
/// than the 统计期限 is reported.
enum ReportYear {
    struct Found: Sendable, Hashable {
        var year: Int
        var line: Int
        var warnings: [String] = []
    }

    static let statistics = Array("统计".utf8)
    static let periodWords = Phrase.words("期限", "期间", "时限", "时间", "时段")
    static let periodReach = 40

    static func find(_ report: ReportText, title: ReportTitle?, metadata: IdentityMetadata = .init(),
                     signing: (date: CalendarDate, line: Int)?) -> Found? {
        let titled = titleYear(title, metadata)
        if var period = statisticalPeriod(report.flow) {
            if let titled, titled.year != period.year {
                period.warnings.append("the title (line \(titled.line)) says \(titled.year), the 统计期限 "
                                       + "(line \(period.line)) \(period.year); year from the 统计期限")
            }
            return period
        }
        if let titled { return titled }
        if let signing {
            return Found(year: signing.date.year - 1, line: signing.line,
                         warnings: ["year \(signing.date.year - 1) taken as the year before the signing date "
                                    + "\(signing.date.iso) (no 统计期限 or title states it)"])
        }
        return mostMentioned(report.flow, report.flowScope(1))
    }

    static func titleYear(_ title: ReportTitle?, _ metadata: IdentityMetadata) -> Found? {
        if let year = title?.year, let line = title?.yearLine { return Found(year: year, line: line) }
        for entry in metadata.titles where entry.value.contains("年度报告") || entry.value.contains("年报") {
            if let (year, _) = ReportTitle.firstYear(entry.value) { return Found(year: year, line: entry.line) }
        }
        return nil
    }

    static func statisticalPeriod(_ flow: FlowText) -> Found? {
        var i = 0
        while let at = Bytes.find(statistics, in: flow.bytes, i..<flow.bytes.count) {
            i = at + statistics.count
            guard let word = Bytes.firstMatch(periodWords, in: flow.bytes, at: i, limit: flow.bytes.count) else {
                continue
            }
            let start = i + word.count
            let end = Bytes.forward(flow.bytes, from: start, characters: periodReach, limit: flow.bytes.count)
            if let first = Phrase.years(in: flow.bytes, start..<end).first {
                return Found(year: first.year, line: flow.lineNumber(at: first.offset))
            }
        }
        return nil
    }

    static func mostMentioned(_ flow: FlowText, _ range: Range<Int>) -> Found? {
        let years = Phrase.years(in: flow.bytes, range)
        var counts: [Int: Int] = [:]
        for mention in years { counts[mention.year, default: 0] += 1 }
        // The first mention of the most mentioned year (max keeps the first of equals).
        guard let top = years.max(by: { counts[$0.year]! < counts[$1.year]! }) else { return nil }
        return Found(year: top.year, line: flow.lineNumber(at: top.offset),
                     warnings: ["year \(top.year) guessed from the years section 一 mentions most "
                        + "(no 统计期限, title or signing date)"])
    }
}
