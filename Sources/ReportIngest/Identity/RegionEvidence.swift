/// Cities a report names outside its agency name — addresses ("地址：枣庄市市中区龙头西路17号"),
/// landline area codes ("0632-3252082"), website hosts (www.zzszq.gov.cn; a province's own host, e.g.
/// gxj.jiangsu.gov.cn, gives a clue of the province only) — each with its line. Used to
/// settle an ambiguous county (市中区) and to place an agency whose name has no region.
struct RegionEvidence: Sendable {
    struct Clue: Sendable, Hashable {
        var city: Place
        var line: Int
    }

    var clues: [Clue] = []

    static let addressMarks = Phrase.words("地址")
    static let colons = Phrase.words("：", ":")
    static let dashes = Phrase.words("-", "－", "—")
    static let govHost = Array(".gov.cn".utf8)
    static let addressReach = 30
    /// Bytes looked back from .gov.cn for the host (keeps a run of host characters from costing more).
    static let maxHostLength = 80

    static func collect(_ report: ReportText, parser: RegionParser = .shared) -> RegionEvidence {
        var evidence = RegionEvidence()
        let flow = report.flow
        evidence.addresses(flow, parser)
        evidence.phoneCodes(flow, parser.gazetteer)
        evidence.hosts(flow, parser.gazetteer)
        return evidence
    }

    /// The cities, most often named first (ties: first named first); then the provinces a host names.
    var ranked: [Clue] {
        let isCity: (Clue) -> Bool = { $0.city.kind != .province || Gazetteer.municipalities.contains($0.city.code) }
        return rankedByCount(clues.filter(isCity)) + rankedByCount(clues.filter { !isCity($0) })
    }

    private func rankedByCount(_ clues: [Clue]) -> [Clue] {
        var counts: [Int: Int] = [:]
        for clue in clues { counts[clue.city.code, default: 0] += 1 }
        var seen: Set<Int> = []
        let firsts = clues.filter { seen.insert($0.city.code).inserted }
        return firsts.enumerated().sorted { a, b in
            let (ca, cb) = (counts[a.element.city.code]!, counts[b.element.city.code]!)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
    }

    private mutating func addresses(_ flow: FlowText, _ parser: RegionParser) {
        let hay = flow.bytes
        for mark in RegionEvidence.addressMarks {
            var i = 0
            while let at = Bytes.find(mark, in: hay, i..<hay.count) {
                var j = Bytes.skipSpaces(hay, from: at + mark.count, limit: hay.count)
                if let colon = Bytes.firstMatch(RegionEvidence.colons, in: hay, at: j, limit: hay.count) {
                    j = Bytes.skipSpaces(hay, from: j + colon.count, limit: hay.count)
                }
                let end = Bytes.forward(hay, from: j, characters: RegionEvidence.addressReach, limit: hay.count)
                let match = parser.parse(String(decoding: hay[j..<end], as: UTF8.self))
                let city = match.city ?? match.county.flatMap(parser.gazetteer.city(of:))
                if let city { clues.append(Clue(city: city, line: flow.lineNumber(at: j))) }
                i = at + mark.count
            }
        }
    }

    /// "0537-6593900": an area code of 3–4 digits starting with 0, a dash, 7–8 digits.
    private mutating func phoneCodes(_ flow: FlowText, _ gazetteer: Gazetteer) {
        let hay = flow.bytes
        var i = 0
        while let zero = Bytes.firstIndex(of: 0x30, in: hay, from: i) {
            i = zero
            guard i == 0 || !ScannedNumber.isDigit(hay, at: i - 1, limit: i),
                  let code = ScannedNumber.scan(hay, at: i, limit: hay.count), code.fraction == nil,
                  (3...4).contains(code.end - code.start) else {
                i += 1
                continue
            }
            if let dash = Bytes.firstMatch(RegionEvidence.dashes, in: hay, at: code.end, limit: hay.count),
               let local = ScannedNumber.scan(hay, at: code.end + dash.count, limit: hay.count),
               (7...8).contains(local.end - local.start),
               let name = AreaCodes.cities[String(decoding: hay[code.start..<code.end], as: UTF8.self)],
               let city = gazetteer.city(named: name) {
                clues.append(Clue(city: city, line: flow.lineNumber(at: i)))
            }
            i = code.end
        }
    }

    private mutating func hosts(_ flow: FlowText, _ gazetteer: Gazetteer) {
        let hay = flow.bytes
        var i = 0
        while let at = Bytes.find(RegionEvidence.govHost, in: hay, i..<hay.count) {
            var start = at
            let floor = max(0, at - RegionEvidence.maxHostLength)
            while start > floor, isHostByte(hay[start - 1]) { start -= 1 }
            let host = String(decoding: hay[start..<(at + RegionEvidence.govHost.count)], as: UTF8.self)
            if let name = AreaCodes.city(ofHost: host), let city = gazetteer.city(named: name) {
                clues.append(Clue(city: city, line: flow.lineNumber(at: at)))
            } else if let name = AreaCodes.province(ofHost: host),
                      let province = gazetteer.places(named: name).first(where: { $0.kind == .province }) {
                clues.append(Clue(city: province, line: flow.lineNumber(at: at)))
            }
            i = at + RegionEvidence.govHost.count
        }
    }

    private func isHostByte(_ byte: UInt8) -> Bool {
        Bytes.isASCIIAlphanumeric(byte) || byte == 0x2E || byte == 0x2D
    }
}
