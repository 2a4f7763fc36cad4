import ReportModel

/// `processing_fee` (元) from section 六's fee item: 0 for "未收取信息处理费", "无收取…", "暂无收取…",
/// "未收取任何费用"; the amount for "收取信息处理费380元" (万元 converted to 元). The clause must be about
/// a fee (…费…), so "无收费和减免事项" elsewhere is no statement about the processing fee.
enum ProcessingFeePattern {
    static let anchors = Phrase.words("收取", "信息处理费")
    static let negations = Phrase.words("未", "无", "没有", "不", "免")
    static let fee = Array("费".utf8)
    static let yuan = Phrase.words("万元", "元")
    /// Characters before the anchor searched for a negation, and after it for the fee and amount.
    static let lookBack = 6
    static let lookAhead = 24

    static func find(in flow: FlowText, _ range: Range<Int>) -> Figure? {
        let hay = flow.bytes
        var i = range.lowerBound
        while i < range.upperBound {
            guard let anchor = Bytes.firstMatch(anchors, in: hay, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            let clauseStart = Phrase.start(before: i, in: hay, ends: Phrase.clauseEnds, floor: range.lowerBound,
                                           maxCharacters: lookBack)
            let clauseEnd = Phrase.end(after: i, in: hay, ends: Phrase.clauseEnds, limit: range.upperBound,
                                       maxCharacters: lookAhead)
            if Bytes.contains(fee, in: hay, i..<clauseEnd) {
                if let amount = amount(hay, i + anchor.count..<clauseEnd) {
                    return Figure(amount.value, line: flow.lineNumber(at: amount.offset))
                }
                if Bytes.containsAny(negations, in: hay, clauseStart..<i) {
                    return Figure(.decimal(0), line: flow.lineNumber(at: i))
                }
            }
            i += anchor.count
        }
        return nil
    }

    /// The first "number 元" (or 万元) in the range.
    private static func amount(_ hay: [UInt8], _ range: Range<Int>) -> (value: Value, offset: Int)? {
        var j = range.lowerBound
        while j < range.upperBound {
            if ScannedNumber.isDigit(hay, at: j, limit: range.upperBound),
               let number = ScannedNumber.scan(hay, at: j, limit: range.upperBound) {
                let unitAt = Bytes.skipSpaces(hay, from: number.end, limit: range.upperBound)
                if let unit = Bytes.firstMatch(yuan, in: hay, at: unitAt, limit: range.upperBound) {
                    let scale = unit == yuan[0] ? 10_000.0 : 1.0
                    return (.decimal(number.double * scale), number.start)
                }
                j = number.end
            } else {
                j += 1
            }
        }
        return nil
    }
}
