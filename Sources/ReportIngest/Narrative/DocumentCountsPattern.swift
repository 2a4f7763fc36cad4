/// Counts of 规章 and 规范性文件 stated in words, to compare with table 二: "制发规范性文件9件，废止规范性文件0件，
/// 现行有效行政规范性文件14件" (report 001) or "规范性文件制发9件". They are never stored, only checked.
enum DocumentCountsPattern {
    struct Kind {
        var word: [UInt8]
        /// The field path before the column: `proactive.normative`.
        var field: String
    }

    static let kinds = [
        Kind(word: Array("规范性文件".utf8), field: "proactive.normative"),
        Kind(word: Array("规章".utf8), field: "proactive.rules"),
    ]
    /// Verbs and the column they state, longer first.
    static let verbs: [(word: [UInt8], column: String)] = [
        ("现行有效", "valid"), ("有效", "valid"), ("制发", "issued"), ("印发", "issued"), ("出台", "issued"),
        ("废止", "repealed"),
    ].map { (Array($0.0.utf8), $0.1) }
    static let between = Phrase.words("累计", "共", "行政", "本年", "了")
    static let fillers = Phrase.words("共计", "共", "数")
    static let units = Phrase.words("件", "个")
    static let reach = 6

    /// Field names (`proactive.normative.issued` …) with the figure the text states, in text order.
    static func find(in flow: FlowText, _ range: Range<Int>) -> [(field: String, figure: Figure)] {
        let hay = flow.bytes
        let kinds = Self.kinds
        var found: [(String, Figure)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // The nearest document word from here (the first kind listed on a tie).
            var nearest: (at: Int, kind: Kind)?
            for kind in kinds {
                guard let at = Bytes.find(kind.word, in: hay, i..<range.upperBound) else { continue }
                if nearest == nil || at < nearest!.at { nearest = (at, kind) }
            }
            guard let (at, kind) = nearest else { break }
            i = at
            let after = i + kind.word.count
            // 制发规范性文件9件
            if let column = verbBefore(hay, at: i, floor: range.lowerBound),
               let number = Phrase.count(hay, at: after, limit: range.upperBound, fillers: fillers, units: units) {
                found.append(("\(kind.field).\(column)", Figure(number, in: flow)))
                i = number.end
                continue
            }
            // 规范性文件制发9件
            let verbAt = Bytes.skipSpaces(hay, from: after, limit: range.upperBound)
            if let verb = verbs.first(where: { Bytes.matches($0.word, in: hay, at: verbAt, limit: range.upperBound) }),
               let number = Phrase.count(hay, at: verbAt + verb.word.count, limit: range.upperBound, fillers: fillers,
                                         units: units) {
                found.append(("\(kind.field).\(verb.column)", Figure(number, in: flow)))
                i = number.end
                continue
            }
            i = after
        }
        return found.filter { $0.1.value.intValue != nil }
    }

    /// The verb just before the document word, with only filler words between (…制发了行政规范性文件…).
    private static func verbBefore(_ hay: [UInt8], at i: Int, floor: Int) -> String? {
        let from = Bytes.back(hay, from: i, characters: reach, floor: floor)
        for verb in verbs {
            guard let at = Bytes.findLast(verb.word, in: hay, from..<i) else { continue }
            var j = at + verb.word.count
            while j < i, let word = Bytes.firstMatch(between, in: hay, at: j, limit: i) { j += word.count }
            if j == i { return verb.column }
        }
        return nil
    }
}
