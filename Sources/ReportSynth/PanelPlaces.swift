/// The bodies a panel corpus (`PanelGenerator`) is written for: every department of `PlaceList` in each
/// district, county and city of `data` (311 cities, 2,603 districts and counties from the gazetteer the
/// parser bundles; `scripts/gen-panel-places.py`), and the provincial departments of each province —
/// about 29,000 bodies, each name one place.
enum PanelPlaces {
    /// Every body, in the order of `data` (province bodies first within their province's first city).
    static let bodies: [SyntheticAgency] = {
        var bodies: [SyntheticAgency] = []
        var provinces: Set<String> = []
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            let (province, city, areaCode) = (fields[0], fields[1], fields[2])
            if provinces.insert(province).inserted {
                for dept in PlaceList.provincialDepartments {
                    bodies.append(SyntheticAgency(name: province + dept, dept: dept, province: province, city: nil,
                                                  county: nil, level: "province", areaCode: areaCode))
                }
            }
            for dept in PlaceList.departments {
                bodies.append(SyntheticAgency(name: city + dept, dept: dept, province: province, city: city,
                                              county: nil, level: "city", areaCode: areaCode))
            }
            for county in fields[3].split(separator: " ").map(String.init) {
                // As `PlaceList.agency` prints them: a district after its city's name, a county alone.
                let prefix = county.hasSuffix("区") ? city + county : county
                for dept in PlaceList.departments {
                    bodies.append(SyntheticAgency(name: prefix + dept, dept: dept, province: province, city: city,
                                                  county: county, level: "county", areaCode: areaCode))
                }
            }
        }
        return bodies
    }()
}
