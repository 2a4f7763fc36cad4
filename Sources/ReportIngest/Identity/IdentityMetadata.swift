/// The metadata block a saved web page or a converted document carries around a report: `发布机构：…`,
/// `标题：…` / `名称 …`, `来源：…`, `发布时间：…` / `公开日期：…`, one or several to a line (also as a table:
/// `发布机构\t济宁市工业和信息化局\t发布日期\t2022-01-20`). Read from the lines before section 一 and the
/// last lines. A key counts only at the start of a line or after a space, tab or bar, followed by a colon,
/// tab or space: "…的名称为…" in a sentence is no metadata.
struct IdentityMetadata: Sendable {
    struct Entry: Sendable, Hashable {
        var value: String
        var line: Int
    }

    /// Values that name the publisher (`发布机构`), titles (`标题`, `名称`), the site's or the body's
    /// `来源`, and the publication date.
    var publishers: [Entry] = []
    var titles: [Entry] = []
    var sources: [Entry] = []
    var published: (date: CalendarDate, line: Int)?

    static let publisherKeys = ["发布机构", "发布单位", "发布主体", "发文机关", "发文单位", "公开主体", "制发机关", "公开机构"]
    static let titleKeys = ["文件名称", "信息名称", "标题", "名称", "题名"]
    static let sourceKeys = ["信息来源", "来源"]
    static let dateKeys = ["发布时间", "发布日期", "公开日期", "公开时间", "成文日期", "生成日期"]
    static let allKeys = (publisherKeys + titleKeys + sourceKeys + dateKeys + ["索引号", "主题分类", "文号", "浏览次数", "有效性", "作者", "生效日期", "废止日期", "字号"])
        .sorted { $0.count > $1.count }
    static let separators: [Character] = ["：", ":", "\t", " ", "　"]
    static let valueEnds: [Character] = ["\t", "|", "｜", " ", "　"]
    static let topLines = 40
    static let lastLines = 20
    static let maxValue = 80

    static func read(_ report: ReportText) -> IdentityMetadata {
        var metadata = IdentityMetadata()
        let top = report.preamble.prefix(topLines)
        let bottom = max(top.upperBound, report.lines.count - lastLines)..<report.lines.count
        for index in Array(top) + Array(bottom) where mayHoldKey(report.lines[index].text) && report.lines[index].text.count < 400 {
            metadata.readLine(report.lines[index].text, line: index + 1)
        }
        return metadata
    }

    static let keyNeedles = PlainText.Needles(allKeys)

    /// False only for a plain line that holds no key anywhere, from which `readLine` reads nothing
    /// (most lines): it is skipped without walking its characters.
    static func mayHoldKey(_ text: String) -> Bool {
        PlainText.containsAny(keyNeedles, in: text) ?? true
    }

    mutating func readLine(_ text: String, line: Int) {
        var i = text.startIndex
        while i < text.endIndex {
            let atBoundary = i == text.startIndex || IdentityMetadata.valueEnds.contains(text[text.index(before: i)])
            guard atBoundary, let key = IdentityMetadata.allKeys.first(where: { text[i...].hasPrefix($0) }) else {
                i = text.index(after: i)
                continue
            }
            var j = text.index(i, offsetBy: key.count)
            guard j < text.endIndex, IdentityMetadata.separators.contains(text[j]) else {
                i = j
                continue
            }
            while j < text.endIndex, IdentityMetadata.separators.contains(text[j]) { j = text.index(after: j) }
            // "作者 : 发布时间 : …": an empty value, the next key follows.
            if IdentityMetadata.allKeys.contains(where: { text[j...].hasPrefix($0) }) {
                i = j
                continue
            }
            let value = valueText(text, from: j, key: key)
            store(key, value, line: line)
            i = text.index(j, offsetBy: max(1, value.count), limitedBy: text.endIndex) ?? text.endIndex
        }
    }

    /// The value up to the next key, or for a short value (a name, a date) up to the next space.
    private func valueText(_ text: String, from start: String.Index, key: String) -> String {
        var end = start
        var count = 0
        let isTitle = IdentityMetadata.titleKeys.contains(key)
        while end < text.endIndex, count < IdentityMetadata.maxValue {
            let c = text[end]
            if c == "\t" || c == "|" || c == "｜" { break }
            if c == " " || c == "　" {
                let next = text[end...].drop { $0 == " " || $0 == "　" }
                if IdentityMetadata.allKeys.contains(where: next.hasPrefix) || !isTitle { break }
            }
            // "鄂尔多斯市工业和信息化局作者 : …": a key and its colon end the value even without a space.
            if end > start, let key = IdentityMetadata.allKeys.first(where: { text[end...].hasPrefix($0) }) {
                let after = text[text.index(end, offsetBy: key.count)...].drop { $0 == " " || $0 == "　" }
                if after.first == "：" || after.first == ":" { break }
            }
            end = text.index(after: end)
            count += 1
        }
        return String(text[start..<end]).trimmingSpaces()
    }

    private mutating func store(_ key: String, _ value: String, line: Int) {
        guard !value.isEmpty else { return }
        let entry = Entry(value: value, line: line)
        if IdentityMetadata.publisherKeys.contains(key) {
            publishers.append(entry)
        } else if IdentityMetadata.titleKeys.contains(key) {
            titles.append(entry)
        } else if IdentityMetadata.sourceKeys.contains(key) {
            sources.append(entry)
        } else if IdentityMetadata.dateKeys.contains(key), published == nil, let date = IdentityMetadata.date(value) {
            published = (date, line)
        }
    }

    /// "2023-01-20", "2023/1/20", "2023.01.20" (a time may follow), or "2023年1月20日".
    static func date(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        if let (date, _) = CalendarDate.parse(bytes, at: 0, limit: bytes.count) { return date }
        let parts = text.prefix(10).split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).prefix(3)
        let numbers = parts.compactMap { Int($0.prefix(while: \.isNumber)) }
        guard numbers.count == 3, (1990...2099).contains(numbers[0]), (1...12).contains(numbers[1]),
              (1...31).contains(numbers[2]) else { return nil }
        return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
    }
}
