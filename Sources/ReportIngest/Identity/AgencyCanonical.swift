/// The canonical name of a body, the same whichever form a year's report prints (format.md §7.1): the
/// region prefix its official name carries, then the name as printed from its lowest place unit on.
///
/// - a district's body carries its city (市中区审计局 → 乐山市市中区审计局; 上海市浦东新区… for a
///   直辖市's district);
/// - a county's or county-level city's body carries the county (宿迁市沭阳县发展和改革局 → 沭阳县发展和改革局);
/// - a city's body carries the city, a province's the province (山东省济宁市工业和信息化局 → 济宁市工业和信息化局);
/// - a name whose county is not settled (市中区 alone, the text naming no city), or with no region, is
///   kept as printed.
enum AgencyCanonical {
    static func name(_ name: String, _ match: RegionMatch, _ gazetteer: Gazetteer) -> String {
        guard !match.isEmpty else { return name }
        if let countyName = match.countyName {
            guard let county = match.county, let written = name.range(of: countyName) else { return name }
            let tail = name[written.lowerBound...]
            if countyName.hasSuffix("区"), let city = gazetteer.city(of: county), !tail.hasPrefix(city.name) {
                return city.name + tail
            }
            return String(tail)
        }
        if let city = match.city, let written = name.range(of: city.name) { return String(name[written.lowerBound...]) }
        if let province = match.province, let written = name.range(of: province.name) {
            return String(name[written.lowerBound...])
        }
        return name
    }
}
