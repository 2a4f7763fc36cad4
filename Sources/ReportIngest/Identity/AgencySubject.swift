/// The body a report's opening lines name as their subject, right after the year: "2022年，东至县人民政府办公室
/// 认真贯彻落实…" (real 33), "2020年，县审计局认真贯彻执行…" (real 04), "2022年，春城街道办事处按照…" (real 20).
/// Read only when no strong place (title, metadata, opening sentence, signature) names a body
/// (`AgencyEvidence`), and only from the first line before section 二 that opens with a year and a comma.
///
/// - A subject that names a place of the gazetteer (东至县人民政府办公室) is the publisher's name.
/// - A bare one (县审计局, 春城街道办事处) is only a self-reference; it names the publisher when a contact
///   sentence (请与…联系) agrees: the contact's body — or the body whose 办公室 it is — is a place written out
///   followed by the subject's body (桃江县 + 审计局 for 县审计局; 长春市绿园区 + 春城街道办事处), and a
///   subject that opens with a level (县, 区, 市, 旗, 州) has a place ending with that level. The name is
///   then the contact's (桃江县审计局), read from the contact's line.
enum AgencySubject {
    static let levels = ["县", "区", "市", "旗", "州"]
    static let office = "办公室"
    static let yearLeads = ["度", "以来"]
    static let commas = ["，", ","]

    /// Whether `name` opens with a unit of the gazetteer (province, city or county); a township alone
    /// (春城街道 in 春城街道办事处) is no place: many share a name.
    static func namesUnit(_ name: String, _ parser: RegionParser) -> Bool {
        let match = parser.parse(name)
        return match.province != nil || match.city != nil || match.countyName != nil
    }

    /// The subject after the year on the first such line of the preamble and section 一, with its line.
    static func find(_ report: ReportText) -> AgencyFinder.Found? {
        let end = report.sections[2]?.lowerBound ?? min(report.lines.count, report.preamble.upperBound + 40)
        for line in report.lines.prefix(end) {
            var text = Substring(line.text.filter { !$0.isWhitespace })
            guard text.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), text.prefix(4).count == 4,
                  text.dropFirst(4).first == "年" else { continue }
            text = text.dropFirst(5)
            for lead in yearLeads where text.hasPrefix(lead) { text = text.dropFirst(lead.count) }
            guard let comma = commas.first(where: text.hasPrefix) else { continue }
            guard let body = AgencyName.body(at: text.dropFirst(comma.count)) else { return nil }
            return AgencyFinder.Found(name: body, line: line.number)
        }
        return nil
    }

    /// The publisher's name from the subject: itself when it names a place, else the agreeing contact
    /// name (`contacts`: name and line, as read); nil when neither.
    static func publisher(_ subject: AgencyFinder.Found, contacts: [(String, Int)],
                          parser: RegionParser) -> AgencyFinder.Found? {
        if BodyName.looksLikeBody(subject.name, parser: parser), namesUnit(subject.name, parser) { return subject }
        let level = levels.first { subject.name.hasPrefix($0) }
        let body = level.map { String(subject.name.dropFirst($0.count)) } ?? subject.name
        guard body.count >= 2 else { return nil }
        for (raw, line) in contacts {
            guard var name = AgencyName.clean(raw) else { continue }
            if name.hasSuffix(office), !body.hasSuffix(office) { name.removeLast(office.count) }
            guard name.hasSuffix(body) else { continue }
            let place = String(name.dropLast(body.count))
            guard !place.isEmpty, parser.parse(place).length == place.count, namesUnit(place, parser),
                  level.map(place.hasSuffix) ?? true else { continue }
            return AgencyFinder.Found(name: name, line: line)
        }
        return nil
    }
}
