/// `proactive.total`: the headline count of section 一 — "主动公开政府信息数240条", "主动公开政务信息192篇",
/// "主动公开信息65条", "发布主动公开政务信息共 91 条". The words between 主动公开 and the number are limited
/// to a few fillers, so "主动公开基本目录，通过局网站发布信息346条" states no total (report 001: null).
enum ProactiveTotalPattern {
    static let anchor = Array("主动公开".utf8)
    static let fillers = Phrase.words(
        "政府信息", "政务信息", "各类信息", "各类", "信息", "条目", "总数", "总量", "数量", "数", "共计", "累计", "合计",
        "共", "为", "了", "：", ":")
    static let units = Phrase.words("条", "篇", "件", "项")

    /// The first total stated in the range, or nil.
    static func find(in flow: FlowText, _ range: Range<Int>) -> Figure? {
        var i = range.lowerBound
        while let at = Bytes.find(anchor, in: flow.bytes, i..<range.upperBound) {
            let after = at + anchor.count
            if let number = Phrase.count(flow.bytes, at: after, limit: range.upperBound, fillers: fillers,
                                         maxFillers: 4, units: units), number.fraction == nil {
                return Figure(number, in: flow)
            }
            i = after
        }
        return nil
    }
}
