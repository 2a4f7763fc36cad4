/// Finds the headings of sections 一 … 六 in order. A heading is a short line (`HeadingLine`) with the
/// section's keyword: 总体情况 / 主动公开 / 收到和处理 or 依申请 / 行政复议 or 行政诉讼 / 主要问题 /
/// 其他需要报告. Its number must be the section's (`二、`, `2、`, `第二部分`), or the line must carry the
/// section's fuller title (主动公开政府信息情况 …) — always so for a parenthesized number (`（2）`) or none. This keeps section 一's
/// sub-items （一）主动公开 and （二）依申请公开, and table rows such as 三、本年度办理结果, from being taken
/// for sections. A section that is not found is nil; the search for the next one goes on from the last found.
enum SectionSplitter {
    struct Rule {
        /// Any of these words, with the section's number.
        var keywords: [[UInt8]]
        /// All of these words, whatever the number (plain or none).
        var title: [[UInt8]]
    }

    static let rules: [Rule] = [
        Rule(keywords: words("总体情况"), title: words("总体情况")),
        Rule(keywords: words("主动公开"), title: words("主动公开政府信息情况")),
        Rule(keywords: words("收到和处理", "依申请"), title: words("收到和处理政府信息公开申请")),
        Rule(keywords: words("行政复议", "行政诉讼"), title: words("行政复议", "行政诉讼")),
        Rule(keywords: words("主要问题", "存在的问题"), title: words("问题", "改进")),
        Rule(keywords: words("其他需要报告", "其他需要说明"), title: words("其他需要报告")),
    ]
    static let titleEndings = words("情况", "事项")
    /// Every section heading holds one of these words: each rule's keywords and one of its title words
    /// contain one (`SectionSplitterTests` checks it). A line without markup (`[`) that holds none is
    /// not read as a heading at all — most lines are table rows and sentences.
    static let anyHeadingWord = LeadWords(words("总体情况", "主动公开", "收到和处理", "依申请", "行政复议", "行政诉讼", "问题", "其他需要"))

    /// The sections of the lines given by their byte ranges.
    static func split(_ hay: [UInt8], lines: [Range<Int>]) -> Sections {
        var candidates: [(index: Int, heading: HeadingLine)] = []
        let filter = anyHeadingWord
        for (index, range) in lines.enumerated() where range.count <= HeadingLine.maxBytes {
            if Bytes.firstIndex(of: 0x5B, in: hay, range) == nil, !filter.isHeld(in: hay, range) { continue }
            if let heading = HeadingLine.parse(hay, range) { candidates.append((index, heading)) }
        }
        var starts: [Int?] = Array(repeating: nil, count: rules.count)
        var next = 0
        for section in 1...rules.count {
            guard let found = candidates[next...].firstIndex(where: { isHeading($0.heading, of: section) }) else {
                continue
            }
            starts[section - 1] = candidates[found].index
            next = found + 1
        }
        var sections = Sections()
        for section in 1...rules.count {
            guard let start = starts[section - 1] else { continue }
            let end = starts[section...].compactMap { $0 }.first ?? lines.count
            sections[section] = start..<end
        }
        return sections
    }

    static func isHeading(_ heading: HeadingLine, of section: Int) -> Bool {
        let rule = rules[section - 1]
        let hasTitle = rule.title.allSatisfy(heading.contains)
        guard let marker = heading.marker else {
            return hasTitle && titleEndings.contains(where: heading.endsWith)
        }
        switch marker.style {
        case .enumerating:
            return false
        case .parenthesized:
            // （一）主动公开 is a sub-item of section 一; a section numbered this way carries its full title.
            return marker.number == section && hasTitle
        case .plain, .ordinal:
            return hasTitle || (marker.number == section && rule.keywords.contains(where: heading.contains))
        }
    }

    static func words(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }
}
