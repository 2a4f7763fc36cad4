/// The place units at the start of a name (济宁市兖州区 + 工业和信息化局): what the gazetteer recognised,
/// as written, and how many characters the region prefix takes.
struct RegionMatch: Sendable, Hashable {
    var province: Place?
    var city: Place?
    /// The county when it is known; nil when none is named or the name is ambiguous (市中区 alone).
    var county: Place?
    /// Every county the name could be, when it names one without a city that settles it.
    var countyCandidates: [Place] = []
    /// The county as the text writes it (济阳区, where the gazetteer says 济阳县).
    var countyName: String?
    /// A 镇/乡/街道 after the county or city (大明湖街道).
    var township: String?
    /// Characters of the region prefix (township included).
    var length = 0

    var isEmpty: Bool { province == nil && city == nil && countyName == nil && township == nil }

    /// The last place unit named: township, county, city or province; nil for none.
    var level: String? {
        if township != nil { return "township" }
        if countyName != nil { return "county" }
        if let city { return city.kind == .province ? "province" : "city" }
        return province == nil ? nil : "province"
    }
}
