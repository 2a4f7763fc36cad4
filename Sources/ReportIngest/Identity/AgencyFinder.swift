/// The sentences and lines that name a report's publisher, for `AgencyEvidence`: "本报告由济宁市兖州区
/// 工业和信息化局按照…" (and "本年度报告根据…，由…编制", "结合…信息公开工作实际情况编制"), the name above (or before) the signing date; and — only to say so in a warning,
/// never as the publisher — the body its cited document titles name most (《济南市济阳区工业和信息化局
/// 政务公开工作实施方案》 → 济南市济阳区工业和信息化局).
enum AgencyFinder {
    struct Found: Sendable, Hashable {
        var name: String
        var line: Int
    }

    static let reportWords = Phrase.words("本年度报告", "本报告")
    static let by = Array("由".utf8)
    static let byReportEnds = Phrase.words("按照", "根据", "依据", "依照", "编制", "结合", "综合", "，", "（", "(")
    static let reach = 40
    static let sentenceReach = 120
    static let titleReach = 60

    /// 本报告由 NAME 按照 …, 本年度报告根据《条例》要求，由 NAME（以下简称…）编制: the first sentence that
    /// starts with 本(年度)报告 and names who made it (由 NAME, up to 编制, 按照, a comma or a bracket).
    static func byReportSentence(_ flow: FlowText) -> Found? {
        let hay = flow.bytes
        guard let (at, word) = reportWords.compactMap({ word in Bytes.find(word, in: hay, flow.all).map { ($0, word) } })
            .min(by: { $0.0 < $1.0 }) else { return nil }
        let sentenceEnd = Phrase.end(after: at + word.count, in: hay, ends: Phrase.sentenceEnds, limit: hay.count,
                                     maxCharacters: sentenceReach)
        guard let byAt = Bytes.find(by, in: hay, (at + word.count)..<sentenceEnd) else { return nil }
        let start = byAt + by.count
        let limit = Bytes.forward(hay, from: start, characters: reach, limit: sentenceEnd)
        var end = start
        while end < limit, Bytes.firstMatch(byReportEnds, in: hay, at: end, limit: limit) == nil { end += 1 }
        guard end < limit, let name = AgencyName.clean(String(decoding: hay[start..<end], as: UTF8.self)) else {
            return nil
        }
        return Found(name: name, line: flow.lineNumber(at: start))
    }

    static let combine = Array("结合".utf8)
    static let ownWork = Phrase.words("政府信息公开工作实际", "信息公开工作实际", "政务公开工作实际")
    static let compiled = Array("编制".utf8)

    /// "…要求，结合宣州区审计局信息公开工作实际情况编制。" (real report 42): the body whose own disclosure
    /// work (…公开工作实际, never another document, 工作要点) the report's opening says it was compiled from.
    static func compiledFrom(_ flow: FlowText) -> Found? {
        let hay = flow.bytes
        guard let at = Bytes.find(combine, in: hay, flow.all) else { return nil }
        let start = at + combine.count
        let sentenceEnd = Phrase.end(after: start, in: hay, ends: Phrase.sentenceEnds, limit: hay.count, maxCharacters: sentenceReach)
        guard Bytes.find(compiled, in: hay, start..<sentenceEnd) != nil else { return nil }
        let limit = Bytes.forward(hay, from: start, characters: reach, limit: sentenceEnd)
        var end = start
        while end < limit, Bytes.firstMatch(ownWork, in: hay, at: end, limit: sentenceEnd) == nil { end += 1 }
        guard end < limit, let name = AgencyName.clean(String(decoding: hay[start..<end], as: UTF8.self)) else { return nil }
        return Found(name: name, line: flow.lineNumber(at: start))
    }

    /// The agency named at the start of cited document titles 《…》 that begin with a place.
    static func citedDocuments(_ flow: FlowText, _ parser: RegionParser) -> Found? {
        var byBody: [String: (count: Int, best: Found, prefix: Int)] = [:]
        var order: [String] = []
        CitedTitles.each(in: flow, reach: titleReach) { title, start in
            let match = parser.parse(title)
            guard !match.isEmpty, let body = AgencyName.body(at: title.dropFirst(match.length)) else { return }
            // The fullest name writes the longest region prefix (济南市济阳区 over 济阳区).
            let prefix = match.length
            let found = Found(name: String(title.prefix(match.length)) + body, line: flow.lineNumber(at: start))
            if let seen = byBody[body] {
                byBody[body] = (seen.count + 1, prefix > seen.prefix ? found : seen.best, max(prefix, seen.prefix))
            } else {
                byBody[body] = (1, found, prefix)
                order.append(body)
            }
        }
        let best = order.max { a, b in byBody[a]!.count < byBody[b]!.count }
        return best.map { byBody[$0]!.best }
    }

    /// The report's first line when it is a body's name alone ("浑南区民族和宗教事务局") and the next line opens
    /// with the same name as its subject, after the year ("2021年，浑南区民族和宗教事务局贯彻落实…"): a page
    /// whose heading lost its 年度报告 words (real report 12). Either alone may name another body (a
    /// site's owner above the page, an office writing for its government); the two together name it.
    static func heading(_ report: ReportText) -> Found? {
        let filled = Array(report.lines.lazy.filter { !$0.text.allSatisfy(\.isWhitespace) }.prefix(2))
        guard filled.count == 2, let first = filled.first, let next = filled.last,
              first.text.count <= ReportTitle.maxAgencyCharacters, let name = AgencyName.clean(first.text),
              name.count == first.text.filter({ !$0.isWhitespace }).count,
              AgencyName.bodyEnds.contains(where: name.hasSuffix) else { return nil }
        var subject = Substring(next.text.filter { !$0.isWhitespace })
        let digits = subject.prefix(while: \.isASCII).prefix(while: \.isNumber)
        if digits.count == 4, subject.dropFirst(4).first == "年" {
            subject = subject.dropFirst(5)
            for lead in ["度", "以来", "，", ",", "、"] where subject.hasPrefix(lead) { subject = subject.dropFirst(lead.count) }
        }
        return subject.hasPrefix(name) ? Found(name: name, line: first.number) : nil
    }

    /// The short line just above the signing date ("市中区工业和信息化局"), or the name before the date on
    /// its line ("济南市济阳区工业和信息化局 2023年1月19日").
    static func signature(_ report: ReportText, above signingLine: Int?) -> Found? {
        guard let signingLine else { return nil }
        let dated = report.lines[signingLine - 1].text
        if let year = dated.firstIndex(where: \.isNumber), year > dated.startIndex,
           let name = AgencyName.clean(String(dated[..<year])), AgencyName.bodyEnds.contains(where: name.hasSuffix) {
            return Found(name: name, line: signingLine)
        }
        for index in stride(from: signingLine - 2, through: max(0, signingLine - 4), by: -1) {
            let text = report.lines[index].text
            if text.allSatisfy(\.isWhitespace) { continue }
            guard text.count <= ReportTitle.maxAgencyCharacters, let name = AgencyName.clean(text),
                  AgencyName.bodyEnds.contains(where: name.hasSuffix) else { return nil }
            return Found(name: name, line: index + 1)
        }
        return nil
    }
}
