/// Every place a report names its publisher, gathered as candidates for `AgencyChoice`: the title
/// (`ReportTitle`; without one, a first line that is a name the next line opens with, `AgencyFinder.heading`), the metadata block (`发布机构`, a `标题`/`名称` read as a title, `来源` as support),
/// the opening sentence (`本报告由…编制`, `结合…信息公开工作实际情况编制`, `现向社会公布…年度报告`, `现将…年度报告`, `现编制《…年度报告》`), the contact sentence
/// (`请与…联系`, `请联系…`, support), the signature above the date at the end, and — only when none of the
/// strong places names a body — the subject after the year (`AgencySubject`). Page chrome and cited titles 《…》
/// never give a candidate; each candidate must look like a body's name (`BodyName`).
enum AgencyEvidence {
    static let publishMarks = ["现向社会公布", "特向社会公布", "现予以公布", "现将", "现公布", "现发布", "特编制", "现编制", "编制完成"]
    static let contactStart = "请与"
    static let contactEnd = "联系"
    static let contactAsk = "请联系"
    static let contactAskEnds = (Phrase.clauseEnds.map { String(decoding: $0, as: UTF8.self) } + ["（", "(", "：", ":", "、"])
        .map { Array($0.utf8) }
    static let clauseReach = 70

    static func collect(_ report: ReportText, title: ReportTitle?, metadata: IdentityMetadata, signingLine: Int?,
                        parser: RegionParser) -> [AgencyCandidate] {
        var found: [AgencyCandidate] = []
        func add(_ name: String?, _ line: Int, _ place: AgencyCandidate.Place, bare: Bool = false) {
            guard let name, let cleaned = AgencyName.clean(name),
                  BodyName.looksLikeBody(cleaned, parser: parser, allowBare: bare) else { return }
            found.append(AgencyCandidate(name: cleaned, line: line, place: place))
        }
        if let title, let name = title.agency { add(name, title.agencyLine, .title, bare: true) }
        if title?.agency == nil, let heading = AgencyFinder.heading(report) { add(heading.name, heading.line, .title) }
        for entry in metadata.publishers { add(entry.value, entry.line, .metadata, bare: true) }
        for entry in metadata.titles { add(ReportTitle.agency(inTitle: entry.value, parser: parser), entry.line, .metadata) }
        for entry in metadata.sources { add(entry.value, entry.line, .source, bare: true) }
        if let opening = AgencyFinder.byReportSentence(report.flow) { add(opening.name, opening.line, .opening) }
        if let compiled = AgencyFinder.compiledFrom(report.flow) { add(compiled.name, compiled.line, .opening) }
        for (name, line) in publishSentences(report.flow, parser) { add(name, line, .opening) }
        let contacts = contactSentences(report.flow)
        for (name, line) in contacts { add(name, line, .contact) }
        if let signature = AgencyFinder.signature(report, above: signingLine) { add(signature.name, signature.line, .signature) }
        if !found.contains(where: \.place.isStrong), let subject = AgencySubject.find(report),
           let named = AgencySubject.publisher(subject, contacts: contacts, parser: parser) {
            add(named.name, named.line, .subject)
        }
        return found
    }

    /// "现向社会公布济宁市工业和信息化局2021年政府信息公开工作年度报告": the clause after the mark read as a title.
    static func publishSentences(_ flow: FlowText, _ parser: RegionParser) -> [(String, Int)] {
        var found: [(String, Int)] = []
        for mark in publishMarks.map({ Array($0.utf8) }) {
            var i = 0
            while let at = Bytes.find(mark, in: flow.bytes, i..<flow.bytes.count) {
                let start = at + mark.count
                i = start
                let end = Phrase.end(after: start, in: flow.bytes, ends: Phrase.clauseEnds, limit: flow.bytes.count,
                                     maxCharacters: clauseReach)
                let clause = Self.ownTitle(flow.string(start..<end)) ?? PageChrome.withoutCitations(flow.string(start..<end))
                guard clause.contains("年度报告") || clause.contains("年报"),
                      let name = ReportTitle.agency(inTitle: clause, parser: parser) else { continue }
                found.append((name, flow.lineNumber(at: start)))
            }
        }
        return found
    }

    /// The report's own title cited right after the mark ("现编制《钦北区林业局2023年政府信息公开工作年度报告》"):
    /// the one citation read as a title (any other 《…》 in the clause is another document's, left out).
    static func ownTitle(_ clause: String) -> String? {
        let trimmed = clause.drop { $0.isWhitespace }
        guard trimmed.first == "《", let close = trimmed.firstIndex(of: "》") else { return nil }
        return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
    }

    /// "请与济宁市工业和信息化局办公室联系": the name between 请与 and 联系; "请联系桃江县审计局办公室。",
    /// "请联系长春市绿园区春城街道办事处(办公地址:…": the name after 请联系, up to a clause end or a parenthesis.
    static func contactSentences(_ flow: FlowText) -> [(String, Int)] {
        let startMark = Array(contactStart.utf8)
        let endMark = Array(contactEnd.utf8)
        var found: [(String, Int)] = []
        var i = 0
        while let at = Bytes.find(startMark, in: flow.bytes, i..<flow.bytes.count) {
            let start = at + startMark.count
            i = start
            let limit = Bytes.forward(flow.bytes, from: start, characters: 30, limit: flow.bytes.count)
            guard let end = Bytes.find(endMark, in: flow.bytes, start..<limit) else { continue }
            found.append((flow.string(start..<end), flow.lineNumber(at: start)))
        }
        let askMark = Array(contactAsk.utf8)
        i = 0
        while let at = Bytes.find(askMark, in: flow.bytes, i..<flow.bytes.count) {
            let start = at + askMark.count
            i = start
            let end = Phrase.end(after: start, in: flow.bytes, ends: contactAskEnds, limit: flow.bytes.count, maxCharacters: 30)
            found.append((flow.string(start..<end), flow.lineNumber(at: start)))
        }
        return found
    }
}
