/// What a saved web page puts around a report and what is therefore never the publisher's name:
/// breadcrumbs (`首页 > 政务公开 > 年报`, `当前位置：…`), footers (`主办单位：…`, `版权所有`, `ICP备`),
/// tool bars (`打印本页`, `字号`), and the titles of documents a report cites (`《…》`), which name the
/// body that issued them — often the superior.
enum PageChrome {
    /// Words that mark a whole line as chrome.
    static let chromeWords = ["当前位置", "您的位置", "您现在的位置", "现在位置", "主办单位", "承办单位", "主办：", "版权所有",
                              "技术支持", "网站标识码", "ICP备", "ICP证", "公网安备", "联系我们", "网站地图", "浏览次数",
                              "访问量", "字号", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "扫一扫"]
    /// Words a breadcrumb starts from.
    static let breadcrumbRoots = ["首页", "主页", "网站首页", "当前位置", "您的位置", "您现在的位置", "现在位置"]
    /// Separators between breadcrumb steps.
    static let breadcrumbSeparators: [Character] = [">", "＞", "»", "›", "→", "〉", "/"]

    /// True for a line that is page chrome throughout (a breadcrumb with nothing after its last step
    /// that reads as a title is still chrome: the title is then its last step, see `afterBreadcrumb`).
    static func isChrome(_ line: String) -> Bool {
        PlainText.containsAny(chromeNeedles, in: line) ?? chromeWords.contains(where: line.contains)
    }

    static let chromeNeedles = PlainText.Needles(chromeWords)

    /// The text after a breadcrumb at the start of a line (`首页 > 政务公开 > 济宁市…年度报告` → `济宁市…年度报告`),
    /// the line itself when it holds none. A breadcrumb starts with one of its root words and steps on by
    /// separators.
    static func afterBreadcrumb(_ line: String) -> (text: String, hadBreadcrumb: Bool) {
        let trimmed = line.drop { $0.isWhitespace }
        guard breadcrumbRoots.contains(where: trimmed.hasPrefix),
              let last = trimmed.lastIndex(where: { breadcrumbSeparators.contains($0) }) else { return (line, false) }
        return (String(trimmed[trimmed.index(after: last)...]), true)
    }

    /// The text without the titles it cites (`《…》`, also `<…>` inside them); an unclosed `《` cuts the rest.
    static func withoutCitations(_ text: String) -> String {
        // Plain text (every scalar its own character, `PlainText`): the same cut by bytes.
        if let cut = text.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) ? withoutCitations(plain: $0) : nil }),
           let cut { return cut }
        var out = ""
        var depth = 0
        for character in text {
            if character == "《" {
                depth += 1
            } else if character == "》", depth > 0 {
                depth -= 1
                if depth == 0 { out.append(" ") }
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    /// `withoutCitations` on the bytes of a plain text: 《 is E3 80 8A and 》 E3 80 8B, and a lead byte E3
    /// never occurs inside another scalar.
    private static func withoutCitations(plain bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var depth = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8A || bytes[i + 2] == 0x8B {
                if bytes[i + 2] == 0x8A {
                    depth += 1
                } else if depth > 0 {
                    depth -= 1
                    if depth == 0 { out.append(0x20) }
                } else {
                    out.append(contentsOf: bytes[i..<(i + 3)])
                }
                i += 3
                continue
            }
            if depth == 0 { out.append(bytes[i]) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
