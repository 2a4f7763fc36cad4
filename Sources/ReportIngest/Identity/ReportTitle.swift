/// The title at the top of a report, before section 一: "济宁市工业和信息化局 2021 年政府信息公开 工作年度报告"
/// on one line, or the agency on the line above "2022年政府信息公开工作年度报告". Gives the agency and year.
struct ReportTitle: Sendable, Hashable {
    var agency: String?
    var agencyLine = 0
    var year: Int?
    var yearLine = 0

    static let titleWords = Phrase.words("年度报告", "年报")
    /// Where the agency's name ends on a title line.
    static let agencyEnds = Phrase.words("政府信息公开", "政务公开", "关于")
    static let sentencePunctuation = Phrase.words("。", "，", "；", "：")
    static let maxTitleCharacters = 60
    static let maxAgencyCharacters = 30
    /// Non-blank lines at the top looked at.
    static let topLines = 6

    static func find(_ report: ReportText) -> ReportTitle? {
        var candidates: [(index: Int, bytes: [UInt8])] = []
        for index in report.preamble {
            let cleaned = PlaceholderMarkup.stripped(report.bytes, Bytes.trimmed(report.bytes, report.lineRanges[index]))
            let line = Bytes.trimmed(cleaned, 0..<cleaned.count)
            guard !line.isEmpty else { continue }
            candidates.append((index, Array(cleaned[line])))
            if candidates.count == topLines { break }
        }
        for (position, candidate) in candidates.enumerated() {
            let bytes = candidate.bytes
            let all = 0..<bytes.count
            guard Bytes.containsAny(titleWords, in: bytes, all),
                  Bytes.characterCount(bytes, all) <= maxTitleCharacters,
                  !Bytes.containsAny(sentencePunctuation, in: bytes, all) else { continue }
            var title = ReportTitle()
            let year = Phrase.years(in: bytes, all).first
            if let year {
                title.year = year.year
                title.yearLine = candidate.index + 1
            }
            let agencyEnd = ([year?.offset] + agencyEnds.map { Bytes.find($0, in: bytes, all) }).compactMap { $0 }.min()
            if let agencyEnd, let name = AgencyName.clean(String(decoding: bytes[0..<agencyEnd], as: UTF8.self)) {
                title.agency = name
                title.agencyLine = candidate.index + 1
            } else if position > 0, let name = agencyLine(candidates[position - 1].bytes) {
                title.agency = name
                title.agencyLine = candidates[position - 1].index + 1
            }
            return title
        }
        return nil
    }

    /// A line above the title that is only a name, ending as an agency's body does (局, 委员会, 人民政府 …):
    /// a web page's menu entry above a link named "政府信息公开年报" is no agency.
    private static func agencyLine(_ bytes: [UInt8]) -> String? {
        let all = 0..<bytes.count
        guard Bytes.characterCount(bytes, all) <= maxAgencyCharacters,
              !Bytes.containsAny(sentencePunctuation, in: bytes, all),
              let name = AgencyName.clean(String(decoding: bytes, as: UTF8.self)),
              AgencyName.bodyEnds.contains(where: name.hasSuffix) else { return nil }
        return name
    }
}
