/// A county-level name the gazetteer does not know, one character off a real one (an OCR slip:
/// 沐阳县 for 沭阳县). Matched only when, of the gazetteer's counties of the same length and unit one
/// character away (沭阳县, 泗阳县, 汝阳县 …), exactly one is supported by the rest of the text: its own name
/// written correctly elsewhere ("中国沭阳"), else an area code, address or host of its city or its city's
/// name (宿迁's 0527 alone does not settle 沐阳县: 沭阳县 and 泗阳县 are both in 宿迁) — unless the text writes
/// the name with that city (深圳市坪山区: a district newer than the gazetteer, not a slip for 南山区). Never
/// a region invented from the name alone.
enum CountySlip {
    static let units: [Character] = ["县", "区", "旗", "市"]
    static let nameLengths = 2...5
    /// Zones named like a district that are none (高新区, 开发区 …).
    static let zones = ["开发区", "高新区", "新区", "经开区", "园区", "景区", "保税区", "试验区", "示范区", "城区"]

    struct Slip: Sendable {
        var written: String
        var county: Place
        var support: String
    }

    /// `rest` is the agency's name after the places the gazetteer recognised (after 宿迁市 in
    /// 宿迁市沐阳县发展和改革局); `cityCode` the city already matched, if any.
    static func find(_ rest: Substring, cityCode: Int?, report: ReportText, evidence: RegionEvidence,
                     gazetteer: Gazetteer) -> Slip? {
        let head = Array(rest.prefix(nameLengths.upperBound + 1))
        guard let unitAt = head.indices.dropFirst(nameLengths.lowerBound - 1).first(where: { units.contains(head[$0]) }),
              nameLengths.contains(unitAt + 1) else { return nil }
        let slipped = String(head[...unitAt])
        guard !zones.contains(where: slipped.hasSuffix) else { return nil }
        let near = gazetteer.places.values.filter { place in
            place.kind == .county && place.name.count == slipped.count && place.name.last == slipped.last
                && zip(place.name, slipped).filter { $0 != $1 }.count == 1
                && (cityCode == nil || place.cityCode == cityCode)
        }
        // Of the counties a character away, the one whose own name the text writes elsewhere ("中国沭阳");
        // else the one whose city the text names (area code, address, host, the city's name).
        let written: [(Place, String)] = near.compactMap { county in
            for form in [county.name, county.short].compactMap({ $0 }) where form.count >= 2 {
                if let at = Bytes.find(Array(form.utf8), in: report.flow.bytes, report.flow.all) {
                    return (county, "\(form) written on line \(report.flow.lineNumber(at: at))")
                }
            }
            return nil
        }
        let byCity: [(Place, String)] = near.compactMap { county in
            guard let city = gazetteer.city(of: county) else { return nil }
            // "深圳市坪山区": the text writes the name with the city — a district newer than the gazetteer
            // (坪山区, 2016), not a slip for 南山区.
            if Bytes.find(Array((city.name + slipped).utf8), in: report.flow.bytes, report.flow.all) != nil { return nil }
            if cityCode == city.code { return (county, "the name's city \(city.name)") }
            if let clue = evidence.clues.first(where: { $0.city.code == city.code }) {
                return (county, "\(city.name) named on line \(clue.line)")
            }
            if let at = Bytes.find(Array(city.name.utf8), in: report.flow.bytes, report.flow.all) {
                return (county, "\(city.name) named on line \(report.flow.lineNumber(at: at))")
            }
            return nil
        }
        let supported = written.isEmpty ? byCity : written
        guard supported.count == 1 else { return nil }
        let others = near.count - 1
        return Slip(written: slipped, county: supported[0].0,
                    support: supported[0].1 + (others > 0 ? " (\(others) other counties a character away are not named)" : ""))
    }
}
