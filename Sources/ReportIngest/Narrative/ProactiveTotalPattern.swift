/// `proactive.total`: the headline count of section 一, as reports word it —
/// "主动公开政府信息数240条", "主动公开政务信息192篇", "发布主动公开政务信息共 91 条", "主动发布各类政府信息2428条",
/// "共公布政府信息2599条", "累计发布信息1200条".
///
/// The verbs: 主动公开 / 主动发布 / 主动公布 on their own; the bare 公开 / 发布 / 公布 only after a word of
/// totalling (共, 共计, 累计, 合计), because "通过局网站发布信息346条" counts one channel, not the total
/// (report 001: null). The words between the verb and the number are limited to a few fillers, so
/// "累计公开部门文件92件" states no total. The earliest such count wins, except a sub-item: a count inside
/// parentheses or after 其中 / 其他 / 包括 in its clause ("共公布政府信息2599条，(…其他应主动公开政府信息856条)"
/// → 2599).
enum ProactiveTotalPattern {
    static let anchors: [[UInt8]] = {
        let verbs = ["公开", "发布", "公布"]
        let totals = ["共计", "累计", "合计", "共"]
        return verbs.map { "主动" + $0 } + totals.flatMap { t in verbs.map { t + $0 } }
    }().map { Array($0.utf8) }
    static let fillers = Phrase.words(
        "政府信息", "政务信息", "各类政府信息", "各类政务信息", "各类信息", "各类", "信息", "条目", "总数", "总量", "数量", "数",
        "共计", "累计", "合计", "共", "为", "了", "：", ":")
    static let units = Phrase.words("条", "篇", "件", "项")
    /// Words before the verb, in its clause, that make the count a sub-item.
    static let subItemMarks = Phrase.words("其中", "其他", "包括", "含")
    static let openParens = Phrase.words("（", "(")
    static let parens = Phrase.clauseEnds + openParens + Phrase.words("）", ")")
    static let lookBack = 12

    /// The first total stated in the range, or nil.
    static func find(in flow: FlowText, _ range: Range<Int>) -> Figure? {
        let hay = flow.bytes
        var starts: [(at: Int, length: Int)] = []
        for anchor in anchors {
            var i = range.lowerBound
            while let at = Bytes.find(anchor, in: hay, i..<range.upperBound) {
                starts.append((at, anchor.count))
                i = at + anchor.count
            }
        }
        starts.sort { $0.at < $1.at }
        for (at, length) in starts where !isSubItem(hay, at: at, floor: range.lowerBound) {
            if let number = Phrase.count(hay, at: at + length, limit: range.upperBound, fillers: fillers,
                                         maxFillers: 4, units: units), number.fraction == nil {
                return Figure(number, in: flow)
            }
        }
        return nil
    }

    /// The verb at `at` states a sub-item: inside parentheses, or after 其中 / 其他 / 包括 in its clause.
    private static func isSubItem(_ hay: [UInt8], at: Int, floor: Int) -> Bool {
        let clause = Phrase.start(before: at, in: hay, ends: Phrase.clauseEnds, floor: floor, maxCharacters: lookBack)
        let bound = Phrase.start(before: at, in: hay, ends: parens, floor: floor, maxCharacters: lookBack)
        if openParens.contains(where: { bound - $0.count >= floor && Bytes.matches($0, in: hay, at: bound - $0.count, limit: bound) }) {
            return true
        }
        return Bytes.containsAny(subItemMarks, in: hay, clause..<at)
    }
}
