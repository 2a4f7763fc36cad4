/// The agency's region: its name's place units, an ambiguous county (市中区: 济南, 枣庄, 乐山, 内江) settled
/// by the cities the text names elsewhere, the city prefixed to a name that omits it where the text writes
/// the two together (市中区工业和信息化局 + "枣庄市市中区" → 枣庄市市中区工业和信息化局), and for a name with
/// no place at all the city the evidence names most.
struct RegionResolver: Sendable {
    struct Resolved: Sendable {
        var agency: AgencyFinder.Found?
        var match = RegionMatch()
        /// From the agency's name alone (evidence places a report, never makes its agency a city's).
        var level: String?
        /// The line the province and city were read from.
        var line = 0
        var warnings: [String] = []
    }

    var parser: RegionParser = .shared
    /// Weight of "枣庄市市中区" written out, against one address, phone code or host.
    static let joinedNameWeight = 2

    func resolve(_ agency: AgencyFinder.Found?, report: ReportText, evidence: RegionEvidence) -> Resolved {
        var resolved = Resolved(agency: agency)
        guard var agency else {
            if let clue = evidence.ranked.first { place(in: &resolved, city: clue.city, line: clue.line) }
            return resolved
        }
        var match = parser.parse(agency.name)
        resolved.line = agency.line
        if let countyName = match.countyName, match.county == nil {
            if let chosen = choose(match.countyCandidates, countyName, report, evidence) {
                parser.settle(chosen, in: &match)
            } else {
                let cities = match.countyCandidates.compactMap { parser.gazetteer.city(of: $0)?.name }
                resolved.warnings.append("county \(countyName) is ambiguous (\(cities.joined(separator: ", "))) "
                                         + "and the text does not settle it")
                let provinces = Set(match.countyCandidates.map(\.provinceCode))
                if provinces.count == 1 { match.province = parser.gazetteer.places[provinces.first!] }
            }
        }
        if let city = match.city, let countyName = match.countyName, !agency.name.hasPrefix(city.name),
           !(match.province.map { agency.name.hasPrefix($0.name) } ?? false),
           contains(report, city.name + countyName) {
            agency.name = city.name + agency.name
            match = parser.parse(agency.name)
        }
        resolved.agency = agency
        resolved.level = AgencyLevel.level(of: agency.name, match: match)
        resolved.match = match
        if match.isEmpty, let clue = evidence.ranked.first { place(in: &resolved, city: clue.city, line: clue.line) }
        return resolved
    }

    /// The candidate whose city the text names most (written with the county, or by address, phone, host).
    private func choose(_ candidates: [Place], _ countyName: String, _ report: ReportText,
                        _ evidence: RegionEvidence) -> Place? {
        let scored = candidates.map { county -> (Place, Int) in
            guard let city = parser.gazetteer.city(of: county) else { return (county, 0) }
            let joined = contains(report, city.name + countyName) ? RegionResolver.joinedNameWeight : 0
            return (county, evidence.count(of: city) + joined)
        }
        guard let best = scored.map(\.1).max(), best > 0, scored.filter({ $0.1 == best }).count == 1 else { return nil }
        return scored.first { $0.1 == best }?.0
    }

    private func place(in resolved: inout Resolved, city: Place, line: Int) {
        resolved.match.city = city
        resolved.match.province = parser.gazetteer.province(of: city)
        resolved.line = line
    }

    private func contains(_ report: ReportText, _ text: String) -> Bool {
        Bytes.contains(Array(text.utf8), in: report.flow.bytes, report.flow.all)
    }
}
