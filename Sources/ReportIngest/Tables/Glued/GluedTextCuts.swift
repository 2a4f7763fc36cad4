/// Cuts the text of a glued web-text line into the pieces separate lines would hold: after each sentence
/// end (。), and around each section heading ("3、收到和处理政府信息公开申请情况"), found by the words its
/// title ends with and the numbering before them (一、… 六、 or 1、… 6、 within the 30 scalars before).
enum GluedTextCuts {
    private static let headingEnds: [[Unicode.Scalar]] = [
        "总体情况", "主动公开政府信息情况", "公开申请情况", "行政诉讼情况", "主要问题及改进情况", "需要报告的事项",
    ].map(LabelText.folded)
    private static let numerals: Set<Unicode.Scalar> = Set("一二三四五六123456".unicodeScalars)
    private static let headingReach = 30

    /// The pieces of `range` in `f`, in order, without empty ones (at least one).
    static func pieces(_ f: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var cuts: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if f[i] == "。" {
                cuts.append(i + 1)
            } else if let end = headingEnd(f, at: i, limit: range.upperBound),
                      let start = numberingStart(f, before: i, floor: max(range.lowerBound, (cuts.last ?? 0))) {
                cuts.append(start)
                cuts.append(end)
                i = end
                continue
            }
            i += 1
        }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for cut in cuts + [range.upperBound] where cut > start {
            pieces.append(start..<cut)
            start = cut
        }
        return pieces.isEmpty ? [range] : pieces
    }

    /// Where a heading's title words starting at `i` end.
    private static func headingEnd(_ f: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        for words in headingEnds where f[i] == words[0] && i + words.count <= limit {
            if LabelText.starts(f[..<limit], at: i, with: words) { return i + words.count }
        }
        return nil
    }

    /// The heading's numbering ("三、", "3.") nearest before `i`, not before `floor`.
    private static func numberingStart(_ f: [Unicode.Scalar], before i: Int, floor: Int) -> Int? {
        var j = i - 1
        while j > floor, i - j <= headingReach {
            if f[j] == "、" || f[j] == "." {
                if numerals.contains(f[j - 1]) { return j - 1 }
            }
            if f[j] == "。" { return nil }
            j -= 1
        }
        return nil
    }
}
