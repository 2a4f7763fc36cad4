/// `requests.new` stated in words (used when table 三 does not give it): "未收到政府信息公开申请",
/// "未接到…申请", "未收到个人申请" → 0; "共受理依申请公开2件" → 2. A sentence about another year
/// ("2021年度，我局共收到2件依申请公开" in a 2022 report) is not taken.
enum RequestsNarrativePattern {
    static let negations = Phrase.words("未收到", "未接到", "没有收到", "没有接到", "未受理", "未接收")
    static let receipts = Phrase.words("受理", "收到", "接到", "接收")
    static let request = Array("申请".utf8)
    /// Words after 申请 that make the phrase about appeals, not requests.
    static let notRequests = Phrase.words("行政复议", "复议", "诉讼")
    /// Words that make a count about something else.
    static let otherSubjects = Phrase.words("建议", "提案", "复议", "诉讼", "投诉", "来信", "咨询", "电话")
    static let units = Phrase.words("件", "个", "条", "次")
    /// How far (characters) the number may follow the verb, and 申请 may follow the unit.
    static let window = 16
    static let afterUnit = 10

    /// The first two bytes of every negation and receipt verb, as bits of a 64K-bit set: the scan
    /// below tries the phrases only where one can start (it was 8% of parsing time, trying all ten
    /// at every byte).
    static let starts: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for phrase in negations + receipts where phrase.count >= 2 {
            let key = Int(phrase[0]) << 8 | Int(phrase[1])
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
        return bits
    }()

    static func find(in flow: FlowText, _ range: Range<Int>, year: Int?) -> Figure? {
        let hay = flow.bytes
        let starts = Self.starts  // read once: a static in the loop was a `swift_once` check per byte
        var i = range.lowerBound
        while i < range.upperBound {
            if i + 1 < range.upperBound {
                let key = Int(hay[i]) << 8 | Int(hay[i + 1])
                if starts[key >> 6] & (1 << UInt64(key & 63)) == 0 {
                    i += 1
                    continue
                }
            }
            if let negation = Bytes.firstMatch(negations, in: hay, at: i, limit: range.upperBound),
               isNone(hay, after: i + negation.count, limit: range.upperBound),
               !Phrase.isAboutOtherYear(hay, at: i, floor: range.lowerBound, year: year) {
                return Figure(.integer(0), line: flow.lineNumber(at: i))
            }
            if let verb = Bytes.firstMatch(receipts, in: hay, at: i, limit: range.upperBound),
               let number = count(hay, after: i + verb.count, limit: range.upperBound),
               !Phrase.isAboutOtherYear(hay, at: i, floor: range.lowerBound, year: year) {
                return Figure(number, in: flow)
            }
            i += 1
        }
        return nil
    }

    /// 申请 follows the negation in the same clause and is not 申请行政复议.
    private static func isNone(_ hay: [UInt8], after i: Int, limit: Int) -> Bool {
        let end = Phrase.end(after: i, in: hay, ends: Phrase.clauseEnds, limit: limit, maxCharacters: window)
        guard let at = Bytes.find(request, in: hay, i..<end) else { return false }
        return Bytes.firstMatch(notRequests, in: hay, at: at + request.count, limit: limit) == nil
    }

    /// The count in "受理依申请公开2件" / "收到2件依申请公开": a number with a unit in the same clause,
    /// 申请 between the verb and the number or just after the unit.
    private static func count(_ hay: [UInt8], after i: Int, limit: Int) -> ScannedNumber? {
        let end = Phrase.end(after: i, in: hay, ends: Phrase.clauseEnds, limit: limit, maxCharacters: window)
        var j = i
        while j < end, !ScannedNumber.isDigit(hay, at: j, limit: end) { j += 1 }
        guard j < end, let number = Phrase.count(hay, at: j, limit: limit, units: units), number.fraction == nil
        else { return nil }
        let tail = number.end..<Phrase.end(after: number.end, in: hay, ends: Phrase.clauseEnds, limit: limit,
                                            maxCharacters: afterUnit)
        let about = i..<number.start
        guard Bytes.contains(request, in: hay, about) || Bytes.contains(request, in: hay, tail) else { return nil }
        if Bytes.containsAny(otherSubjects, in: hay, about) { return nil }
        return number
    }
}
