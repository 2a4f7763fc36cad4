/// The agency's region and canonical name: its name's place units, an ambiguous county (市中区: 济南, 枣庄,
/// 乐山, 内江) settled by the cities the text names elsewhere, a county one OCR slip off the gazetteer
/// (`CountySlip`), the name made canonical (`AgencyCanonical`: 市中区工业和信息化局 → 枣庄市市中区工业和信息化局),
/// and for a name with no place at all the city the evidence names most.
struct RegionResolver: Sendable {
    struct Resolved: Sendable {
        var agency: AgencyFinder.Found?
        var match = RegionMatch()
        /// From the agency's name alone (evidence places a report, never makes its agency a city's).
        var level: String?
        /// The line the province and city were read from (the agency's, or the evidence's that placed it).
        var line = 0
        /// The line the county was read from (the agency's).
        var countyLine = 0
        var warnings: [String] = []
    }

    var parser: RegionParser = .shared
    /// Weight of "枣庄市市中区" written out, against one address, phone code or host.
    static let joinedNameWeight = 2

    func resolve(_ agency: AgencyFinder.Found?, report: ReportText, evidence: RegionEvidence) -> Resolved {
        var resolved = Resolved(agency: agency)
        guard var agency else {
            placeUnnamed(&resolved, report, evidence)
            return resolved
        }
        var match = parser.parse(agency.name)
        resolved.line = agency.line
        resolved.countyLine = agency.line
        if let countyName = match.countyName, match.county == nil {
            if let chosen = choose(match.countyCandidates, countyName, report, evidence) {
                parser.settle(chosen.county, in: &match)
                resolved.line = chosen.line
            } else {
                let cities = match.countyCandidates.compactMap { parser.gazetteer.city(of: $0)?.name }
                resolved.warnings.append("county \(countyName) is ambiguous (\(cities.joined(separator: ", "))) "
                                         + "and the text does not settle it")
                let provinces = Set(match.countyCandidates.map(\.provinceCode))
                if provinces.count == 1 { match.province = parser.gazetteer.places[provinces.first!] }
            }
        }
        if match.countyName == nil, match.township == nil,
           let slip = CountySlip.find(agency.name.dropFirst(match.length), cityCode: match.city?.code, report: report,
                                      evidence: evidence, gazetteer: parser.gazetteer) {
            let start = agency.name.index(agency.name.startIndex, offsetBy: match.length)
            let end = agency.name.index(start, offsetBy: slip.written.count)
            agency.name.replaceSubrange(start..<end, with: slip.county.name)
            match = parser.parse(agency.name)
            parser.settle(slip.county, in: &match)
            resolved.warnings.append("county \(slip.written) is not in the gazetteer; read as \(slip.county.name), the one "
                                     + "county a character away, as \(slip.support) supports")
        }
        let canonical = AgencyCanonical.name(agency.name, match, parser.gazetteer)
        if canonical != agency.name {
            match.length += canonical.count - agency.name.count
            agency.name = canonical
        }
        resolved.agency = agency
        resolved.level = AgencyLevel.level(of: agency.name, match: match)
        resolved.match = match
        if match.isEmpty { placeUnnamed(&resolved, report, evidence) }
        return resolved
    }

    /// Places a report whose agency names no place: by the notice it was compiled under (`CompileNotice`)
    /// or by the city the evidence names most — the deeper of the two when one holds the other; the
    /// evidence's city when they contradict each other (as before the notice was read).
    private func placeUnnamed(_ resolved: inout Resolved, _ report: ReportText, _ evidence: RegionEvidence) {
        let clue = evidence.ranked.first
        if let notice = CompileNotice.find(report.flow, parser),
           clue.map({ CompileNotice.holds($0.city, notice.place, parser.gazetteer) }) ?? true {
            resolved.match.province = notice.match.province
            resolved.match.city = notice.match.city
            if let county = notice.match.county {
                resolved.match.county = county
                resolved.match.countyName = county.name
                resolved.countyLine = notice.line
            }
            resolved.line = notice.line
        } else if let clue {
            place(in: &resolved, city: clue.city, line: clue.line)
        }
    }

    /// The candidate whose city the text names most (written with the county, or by address, phone, host),
    /// and the line that first names that city.
    private func choose(_ candidates: [Place], _ countyName: String, _ report: ReportText,
                        _ evidence: RegionEvidence) -> (county: Place, line: Int)? {
        let scored = candidates.map { county -> (county: Place, score: Int, line: Int) in
            guard let city = parser.gazetteer.city(of: county) else { return (county, 0, 0) }
            let joined = find(report, city.name + countyName)
            let clues = evidence.clues.filter { $0.city.code == city.code }
            let score = clues.count + (joined == nil ? 0 : RegionResolver.joinedNameWeight)
            return (county, score, joined ?? clues.first?.line ?? 0)
        }
        guard let best = scored.map(\.score).max(), best > 0, scored.filter({ $0.score == best }).count == 1,
              let chosen = scored.first(where: { $0.score == best }) else { return nil }
        return (chosen.county, chosen.line)
    }

    /// Places a report by a clue: a city (and its province), or a province alone.
    private func place(in resolved: inout Resolved, city: Place, line: Int) {
        if city.kind != .province || parser.gazetteer.isMunicipality(city) { resolved.match.city = city }
        resolved.match.province = parser.gazetteer.province(of: city)
        resolved.line = line
    }

    /// The line where the text first writes `text`, or nil.
    private func find(_ report: ReportText, _ text: String) -> Int? {
        Bytes.find(Array(text.utf8), in: report.flow.bytes, report.flow.all).map(report.flow.lineNumber(at:))
    }
}
