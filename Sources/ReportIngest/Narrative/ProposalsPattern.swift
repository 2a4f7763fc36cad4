/// 人大代表建议 and 政协提案 handled (section 六): "政协委员提案4件、人大代表建议1件", "人大建议14件…政协提案33件",
/// "代表建议7件（主办4件）…委员提案16件（主办5件）" (the first count, not 主办), and the combined
/// "办理人大代表建议和政协委员提案 24 件", which gives only the total.
enum ProposalsPattern {
    struct Found: Sendable, Hashable {
        var npc: Figure?
        var cppcc: Figure?
        var combined: Figure?
    }

    enum Kind { case npc, cppcc }

    static let suggestion = Array("建议".utf8)
    static let proposal = Array("提案".utf8)
    /// Words that must precede 建议 (or 提案) in its clause for it to be a deputy's suggestion.
    static let npcQualifiers = Phrase.words("人大", "代表")
    static let cppccQualifiers = Phrase.words("政协", "委员")
    /// What may stand between 建议 and 提案 in a combined count ("建议和政协委员提案", "建议、提案", "建议提案").
    static let connectors = Phrase.words("以及", "和", "及", "与", "、", "政协", "委员", "人大", "代表", " ")
    static let fillers = Phrase.words("共计", "合计", "共", "各", "数")
    static let units = Phrase.words("件")
    static let qualifierReach = 16

    static func find(in flow: FlowText, _ range: Range<Int>) -> Found {
        let hay = flow.bytes
        var found = Found()
        var i = range.lowerBound
        while i < range.upperBound {
            let kind: Kind
            if Bytes.matches(suggestion, in: hay, at: i, limit: range.upperBound) {
                kind = .npc
            } else if Bytes.matches(proposal, in: hay, at: i, limit: range.upperBound) {
                kind = .cppcc
            } else {
                i += 1
                continue
            }
            let after = i + suggestion.count
            if let number = Phrase.count(hay, at: after, limit: range.upperBound, fillers: fillers, units: units),
               number.fraction == nil {
                let figure = Figure(number, in: flow)
                if isCombined(hay, keywordAt: i, kind: kind, floor: range.lowerBound) {
                    found.combined = found.combined ?? figure
                } else if isQualified(hay, keywordAt: i, kind: kind, floor: range.lowerBound) {
                    if kind == .npc { found.npc = found.npc ?? figure } else { found.cppcc = found.cppcc ?? figure }
                }
                i = number.end
            } else {
                i = after
            }
        }
        return found
    }

    /// The other keyword ends just before this one, with only connectors between.
    private static func isCombined(_ hay: [UInt8], keywordAt i: Int, kind: Kind, floor: Int) -> Bool {
        let other = kind == .npc ? proposal : suggestion
        let from = Bytes.back(hay, from: i, characters: 10, floor: floor)
        guard let at = Bytes.findLast(other, in: hay, from..<i) else { return false }
        var j = at + other.count
        while j < i, let connector = Bytes.firstMatch(connectors, in: hay, at: j, limit: i) { j += connector.count }
        return j == i
    }

    /// 人大/代表 (for 建议) or 政协/委员 (for 提案) earlier in the clause.
    private static func isQualified(_ hay: [UInt8], keywordAt i: Int, kind: Kind, floor: Int) -> Bool {
        let ends = Phrase.clauseEnds + [Phrase.enumerationComma]
        let start = Phrase.start(before: i, in: hay, ends: ends, floor: floor, maxCharacters: qualifierReach)
        return Bytes.containsAny(kind == .npc ? npcQualifiers : cppccQualifiers, in: hay, start..<i)
    }
}
