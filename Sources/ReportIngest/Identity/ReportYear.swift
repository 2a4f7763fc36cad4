/// The reporting year: the 统计期限 sentence ("统计期限自2022年1月1日起至2022年12月31日止"), else the year
/// the report names itself by — its title (at the top, else a metadata `标题`), else its opening sentence
/// ("现将2022年度政府信息公开工作报告如下"); only when none states it, the signing date minus one, with a
/// warning; else — with a warning — the year section 一 names most. When the 统计期限 and the report's own
/// name disagree (a 统计期限 copied from last year's report, or a title naming the year of publication),
/// nothing says which is right: the year is null, with a warning giving both.
enum ReportYear {
    struct Found: Sendable, Hashable {
        /// Nil when the places that state it disagree (the warnings say so).
        var year: Int?
        var line: Int
        var warnings: [String] = []
    }

    static let statistics = Array("统计".utf8)
    static let periodWords = Phrase.words("期限", "期间", "时限", "时间", "时段")
    static let periodReach = 40
    /// The opening sentence's words before the year it names the report by.
    static let openingWords = Phrase.words("现将", "现向社会公布", "特向社会公布", "现予公布", "现公布")
    static let openingReach = 30
    static let reportWord = Array("报告".utf8)

    static func find(_ report: ReportText, title: ReportTitle?, metadata: IdentityMetadata = .init(),
                     signing: (date: CalendarDate, line: Int)?) -> Found? {
        let named = titleYear(title, metadata) ?? openingYear(report.flow, before: report.flowRange(ofSection: 1)?.lowerBound)
        if var period = statisticalPeriod(report.flow) {
            if let named, named.year != period.year, let said = named.year, let counted = period.year {
                period.year = nil
                period.warnings.append("year left null: the report names itself \(said) (line \(named.line)), its 统计期限 "
                                       + "(line \(period.line)) says \(counted)")
            }
            return period
        }
        if let named { return named }
        if let signing {
            return Found(year: signing.date.year - 1, line: signing.line,
                         warnings: ["year \(signing.date.year - 1) taken as the year before the signing date "
                                    + "\(signing.date.iso) (no 统计期限 or title states it)"])
        }
        return mostMentioned(report.flow, report.flowScope(1))
    }

    /// The year of "现将2022年度…报告" (the first year within `openingReach` characters of the opening
    /// words, in a sentence that goes on to say 报告), before section 一 when it is found.
    static func openingYear(_ flow: FlowText, before limit: Int?) -> Found? {
        let limit = limit ?? flow.bytes.count
        for word in openingWords {
            guard let at = Bytes.find(word, in: flow.bytes, 0..<limit) else { continue }
            let start = at + word.count
            let end = Phrase.end(after: start, in: flow.bytes, ends: Phrase.sentenceEnds, limit: limit)
            let reach = Bytes.forward(flow.bytes, from: start, characters: openingReach, limit: end)
            guard let first = Phrase.years(in: flow.bytes, start..<reach).first,
                  Bytes.contains(reportWord, in: flow.bytes, first.offset..<end) else { continue }
            return Found(year: first.year, line: flow.lineNumber(at: first.offset))
        }
        return nil
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
