/// The report format a report cites: 国办公开办函〔2021〕30号 → `2021`, 〔2019〕60号 → `2019`
/// (any of 〔〕 [] ［］ （） () 【】, spaces allowed).
enum TemplateCitation {
    static let citations: [(year: [UInt8], number: [UInt8], template: String)] = [
        (Array("2021".utf8), Array("30".utf8), "2021"),
        (Array("2019".utf8), Array("60".utf8), "2019"),
    ]
    static let opens = Phrase.words("〔", "[", "［", "（", "(", "【")
    static let closes = Phrase.words("〕", "]", "］", "）", ")", "】")
    static let numberMark = Array("号".utf8)

    static func find(_ flow: FlowText) -> (template: String, line: Int)? {
        let hay = flow.bytes
        var best: (offset: Int, template: String)?
        for citation in citations {
            var i = 0
            while let at = Bytes.find(citation.year, in: hay, i..<hay.count) {
                i = at + citation.year.count
                guard opens.contains(where: { Bytes.matches($0, in: hay, at: at - $0.count, limit: at) }),
                      let close = Bytes.firstMatch(closes, in: hay, at: i, limit: hay.count) else { continue }
                let numberAt = Bytes.skipSpaces(hay, from: i + close.count, limit: hay.count)
                guard Bytes.matches(citation.number, in: hay, at: numberAt, limit: hay.count) else { continue }
                let markAt = Bytes.skipSpaces(hay, from: numberAt + citation.number.count, limit: hay.count)
                guard Bytes.matches(numberMark, in: hay, at: markAt, limit: hay.count) else { continue }
                if best == nil || at < best!.offset { best = (at, citation.template) }
                break
            }
        }
        return best.map { ($0.template, flow.lineNumber(at: $0.offset)) }
    }
}
