/// The title at the top of a report, before section 一, and the agency and year it names. Handles a title
/// on one line ("济宁市工业和信息化局 2021 年政府信息公开 工作年度报告"), the agency on the line(s) above
/// ("聊城市工业和信息化局" / "2022年政府信息公开工作年度报告"), a name split over lines ("济宁市兖州区工业和" /
/// "信息化局2022年…"), a title split after its name, a breadcrumb or site banner before it on its line
/// ("首页 > 政务公开 > …", "济宁市人民政府 济宁市工业和信息化局2021年…"), and the year before the name
/// ("2022年度济宁市工业和信息化局政府信息公开工作年度报告"). Breadcrumb-only lines, page chrome and cited
/// titles 《…》 are never read as the name.
struct ReportTitle: Sendable, Hashable {
    var agency: String?
    var agencyLine = 0
    var year: Int?
    var yearLine = 0

    static let titleWords = ["年度报告", "年报"]
    /// Where the agency's name ends on a title line.
    static let agencyEnds = ["政府信息公开", "政务公开", "政务信息公开", "信息公开", "关于"]
    static let sentencePunctuation: [Character] = ["。", "，", "；", "：", ":", ";"]
    /// Separators of a site banner and the name on one line.
    static let bannerSeparators: [Character] = ["|", "｜", "丨", "_", "—", "－"]
    static let maxTitleCharacters = 60
    static let maxAgencyCharacters = 30
    /// Non-blank lines at the top looked at, and lines above the title joined into a name.
    static let topLines = 8
    static let linesAbove = 2

    struct Line {
        var index: Int
        var text: String
        var isChrome: Bool
    }

    static func find(_ report: ReportText, parser: RegionParser = .shared) -> ReportTitle? {
        var lines: [Line] = []
        for index in report.preamble {
            let cleaned = PlaceholderMarkup.stripped(report.bytes, Bytes.trimmed(report.bytes, report.lineRanges[index]))
            let text = markupStripped(String(decoding: cleaned, as: UTF8.self))
            guard !text.isEmpty else { continue }
            lines.append(Line(index: index, text: text, isChrome: PageChrome.isChrome(PageChrome.afterBreadcrumb(text).text)))
            if lines.count == topLines { break }
        }
        for (position, line) in lines.enumerated() where !line.isChrome {
            let (after, hadBreadcrumb) = PageChrome.afterBreadcrumb(line.text)
            var text = PageChrome.withoutCitations(after).trimmingSpaces()
            var yearLine = line.index + 1
            if !isTitle(text), !hasTitleWord(text), position + 1 < lines.count,
               !lines[position + 1].isChrome, firstYear(lines[position + 1].text) == nil, isTitle(text + lines[position + 1].text) {
                if firstYear(text) == nil { yearLine = lines[position + 1].index + 1 }
                text += lines[position + 1].text  // a title split after its name
            }
            guard isTitle(text) else { continue }
            var title = ReportTitle()
            if let (year, _) = firstYear(text) {
                title.year = year
                title.yearLine = yearLine
            }
            // Segments before the name's end, right to left: this line's, then the lines above (not across
            // a breadcrumb, chrome or a sentence).
            var segments = [(text: String, line: Int)]()
            for piece in nameSegments(text) { segments.append((piece, line.index + 1)) }
            if !hadBreadcrumb {
                var above = position - 1
                while above >= 0, position - above <= linesAbove, isNamePart(lines[above]) {
                    segments.insert((lines[above].text.filter { !$0.isWhitespace }, lines[above].index + 1), at: 0)
                    above -= 1
                }
            }
            if let (name, nameLine) = assemble(segments, parser: parser) {
                title.agency = name
                title.agencyLine = nameLine
            } else if let (name, _) = nameAfterYear(text), BodyName.looksLikeBody(name, parser: parser) {
                title.agency = name
                title.agencyLine = line.index + 1
            }
            return title
        }
        return nil
    }

    /// The agency a title names ("济宁市工业和信息化局2021年政府信息公开工作年度报告", also with the year first),
    /// for a title found elsewhere than at the top: a metadata `标题`, a 现向社会公布… clause.
    static func agency(inTitle raw: String, parser: RegionParser) -> String? {
        let text = PageChrome.withoutCitations(PageChrome.afterBreadcrumb(raw).text).trimmingSpaces()
        if let (name, _) = assemble(nameSegments(text).map { ($0, 0) }, parser: parser) { return name }
        if let (name, _) = nameAfterYear(text), BodyName.looksLikeBody(name, parser: parser) { return name }
        return nil
    }

    /// The line without Markdown heading and emphasis marks (`# 沐阳县人民政府 2025 年 …`, `**…**`) and spaces at its ends.
    static func markupStripped(_ line: String) -> String {
        var text = Substring(line.trimmingSpaces())
        text = text.drop { $0 == "#" || $0 == "*" || $0.isWhitespace }
        while let last = text.last, last == "*" || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// A title: a report word, at most 60 characters, no sentence punctuation.
    static func isTitle(_ text: String) -> Bool {
        hasTitleWord(text) && text.count <= maxTitleCharacters
            && !text.contains(where: sentencePunctuation.contains)
            && (PlainText.contains(text, "年度报告") || firstYear(text) != nil)
    }

    static let titleNeedles = PlainText.Needles(titleWords)

    /// Whether the text holds a report word (年度报告, 年报).
    static func hasTitleWord(_ text: String) -> Bool {
        PlainText.containsAny(titleNeedles, in: text) ?? titleWords.contains(where: text.contains)
    }

    /// The text before the year or the first agency end, cut into the pieces a banner or spaces separate.
    static func nameSegments(_ text: String) -> [String] {
        var end = text.endIndex
        if let (_, range) = firstYear(text) { end = range.lowerBound }
        for word in agencyEnds { if let r = PlainText.range(of: word, in: text), r.lowerBound < end { end = r.lowerBound } }
        if let r = titleWords.lazy.compactMap({ PlainText.range(of: $0, in: text) }).first, r.lowerBound < end { end = r.lowerBound }
        return text[..<end].split(whereSeparator: { $0.isWhitespace || bannerSeparators.contains($0) }).map(String.init)
    }

    /// "2022年度济宁市工业和信息化局政府信息公开…": the name between the year and 政府信息公开.
    static func nameAfterYear(_ text: String) -> (String, Int)? {
        guard let (_, range) = firstYear(text) else { return nil }
        var rest = text[range.upperBound...].drop { $0 == "度" }
        rest = rest.drop { $0.isWhitespace }
        guard let end = agencyEnds.compactMap({ rest.range(of: $0)?.lowerBound }).min() else { return nil }
        let name = rest[..<end].filter { !$0.isWhitespace }
        return name.isEmpty ? nil : (name, 0)
    }

    /// A line above the title that can hold part of the name: short, no punctuation, no chrome, no
    /// breadcrumb, no report word.
    static func isNamePart(_ line: Line) -> Bool {
        !line.isChrome && line.text.count <= maxAgencyCharacters && !line.text.contains(where: sentencePunctuation.contains)
            && !PageChrome.afterBreadcrumb(line.text).hadBreadcrumb && !hasTitleWord(line.text)
            && !line.text.contains("《") && firstYear(line.text) == nil
            && !line.text.contains(where: { $0.isWhitespace || bannerSeparators.contains($0) })
    }

    /// The name the last segments make, right to left: the fewest that look like a body with a region,
    /// extended by segments before them that are all region (济宁市 + 兖州区工业和信息化局); else the last
    /// segment alone when it looks like a body without one. The line is that of the segment the body ends in.
    static func assemble(_ segments: [(text: String, line: Int)], parser: RegionParser) -> (String, Int)? {
        guard let last = segments.last else { return nil }
        var name = ""
        var found: Int?
        for k in stride(from: segments.count - 1, through: 0, by: -1) {
            name = segments[k].text + name
            if let cleaned = AgencyName.clean(name), BodyName.looksLikeBody(cleaned, parser: parser),
               !parser.parse(cleaned).isEmpty {
                found = k
                break
            }
        }
        guard var start = found, var full = AgencyName.clean(name) else {
            guard let bare = AgencyName.clean(last.text), BodyName.looksLikeBody(bare, parser: parser, allowBare: true),
                  bare.count >= 5 else { return nil }
            return (bare, last.line)
        }
        while start > 0 {
            let longer = segments[start - 1].text + full
            guard parser.parse(longer).length >= segments[start - 1].text.count + parser.parse(full).length else { break }
            full = longer
            start -= 1
        }
        return (full, segments[start].line)
    }

    /// The first year written with 年 ("2021 年", "2022年度") and where it is.
    static func firstYear(_ text: String) -> (Int, Range<String.Index>)? {
        let bytes = Array(text.utf8)
        guard let first = Phrase.years(in: bytes, 0..<bytes.count).first else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: first.offset)
        let mark = text[start...].firstIndex(of: "年") ?? start
        return (first.year, start..<text.index(after: mark))
    }
}

extension String {
    /// The text without the whitespace characters at its ends.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
