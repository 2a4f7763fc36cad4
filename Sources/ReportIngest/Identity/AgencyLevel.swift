/// The administrative level of an agency (format.md §7.2): the last place unit in its name — township,
/// county, city, province — or `central` for a national body named without a place (国务院…, 国家…局,
/// …部, 海关总署). Nil when the name says nothing.
enum AgencyLevel {
    static let centralStarts = ["国务院", "国家", "中华人民共和国", "中央", "全国"]
    static let centralEnds = ["部", "总署", "总局", "署"]

    static func level(of agency: String?, match: RegionMatch) -> String? {
        guard let agency else { return nil }
        if let level = match.level { return level }
        if centralStarts.contains(where: agency.hasPrefix) || centralEnds.contains(where: agency.hasSuffix) {
            return "central"
        }
        return nil
    }
}
