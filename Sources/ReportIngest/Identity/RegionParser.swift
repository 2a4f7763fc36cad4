/// Reads the region prefix of an agency name or an address against the gazetteer: province, then a city
/// of that province, then a county of that city (or province, or anywhere), then a township —
/// each optional, each the longest name that fits.
struct RegionParser: Sendable {
    var gazetteer: Gazetteer

    static let shared = RegionParser(gazetteer: .shared)

    static let townshipUnits = ["街道办事处", "街道", "镇", "乡"]
    static let townshipBodies = ["办事处", "人民政府", "政府", "党委", "党工委"]
    static let maxTownshipName = 8

    func parse(_ text: String) -> RegionMatch {
        var match = RegionMatch()
        var rest = Substring(text)
        if let province = gazetteer.matches(.province, at: rest).first {
            match.province = province.place
            rest = rest.dropFirst(province.written.count)
            if gazetteer.isMunicipality(province.place) { match.city = province.place }
        }
        if match.city == nil,
           let city = gazetteer.matches(.city, at: rest).first(where: { fits($0.place, in: match) }) {
            match.city = city.place
            match.province = match.province ?? gazetteer.province(of: city.place)
            rest = rest.dropFirst(city.written.count)
        }
        let counties = gazetteer.matches(.county, at: rest).filter { fits($0.place, in: match) }
        if let longest = counties.first {
            let same = counties.filter { $0.written == longest.written }
            match.countyName = longest.written
            match.countyCandidates = same.map(\.place)
            if same.count == 1 { settle(longest.place, in: &match) }
            rest = rest.dropFirst(longest.written.count)
        }
        // 历下区人民政府大明湖街道办事处: the township may follow its county's government.
        let government = rest.hasPrefix("人民政府") ? 4 : 0
        if let township = township(at: rest.dropFirst(government)) {
            match.township = township
            rest = rest.dropFirst(government + township.count)
        }
        match.length = text.count - rest.count
        return match
    }

    /// Fixes the county (and its city and province) once one candidate is chosen.
    func settle(_ county: Place, in match: inout RegionMatch) {
        match.county = county
        match.countyCandidates = [county]
        match.city = match.city ?? gazetteer.city(of: county)
        match.province = match.province ?? gazetteer.province(of: county)
    }

    /// A place fits under what was matched before it.
    private func fits(_ place: Place, in match: RegionMatch) -> Bool {
        if let city = match.city {
            return gazetteer.isMunicipality(city) ? place.provinceCode == city.code : place.cityCode == city.code
        }
        if let province = match.province { return place.provinceCode == province.code }
        return true
    }

    static let townshipUnitScalars = townshipUnits.map(\.scalars)
    static let townshipBodyScalars = townshipBodies.map(\.scalars)

    /// "大明湖街道" in "大明湖街道办事处", "某某镇" in "某某镇人民政府": a short name, a unit and a body.
    private func township(at text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(RegionParser.maxTownshipName + 12))
        for unit in RegionParser.townshipUnitScalars {
            guard let offset = scalars.firstIndex(ofScalars: unit),
                  (1...RegionParser.maxTownshipName).contains(offset) else { continue }
            let after = offset + unit.count
            let isOffice = unit == RegionParser.townshipUnitScalars[0]  // 街道办事处: the name keeps 街道
            guard isOffice || RegionParser.townshipBodyScalars.contains(where: { scalars.hasPrefix(scalars: $0, at: after) })
            else { continue }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[..<(isOffice ? after - 3 : after)])
            return String(name)
        }
        return nil
    }
}
