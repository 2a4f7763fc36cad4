import Foundation

/// China's administrative divisions from the bundled `gazetteer.tsv` (adcode TAB name), loaded once.
/// Finds the places a text names at a given position (`RegionParser` builds on it) and the parents of
/// a place. Municipalities (北京市 …) are both province and city.
struct Gazetteer: Sendable {
    private(set) var places: [Int: Place] = [:]
    /// Places by the first two characters of their name and of their short form.
    private var byPrefix: [String: [Place]] = [:]

    /// The bundled gazetteer; empty (every region then null) if the resource cannot be read.
    static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Gazetteer(tsv: "") }
        return Gazetteer(tsv: text)
    }()

    static let municipalities: Set<Int> = [110_000, 120_000, 310_000, 500_000]
    /// Placeholder rows of the data that are not places.
    static let placeholders: Set<String> = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let code = Int(fields[0]), (100_000...999_999).contains(code) else { continue }
            let name = String(fields[1]).trimmingCharacters(in: .whitespaces)
            let kind: Place.Kind = code % 10_000 == 0 ? .province : code % 100 == 0 ? .city : .county
            guard !Gazetteer.placeholders.contains(name) else { continue }
            add(Place(code: code, name: name, kind: kind))
        }
    }

    private mutating func add(_ place: Place) {
        places[place.code] = place
        var keys = [String(place.name.prefix(2))]
        if let short = place.short, !keys.contains(String(short.prefix(2))) { keys.append(String(short.prefix(2))) }
        for key in keys { byPrefix[key, default: []].append(place) }
    }

    var isEmpty: Bool { places.isEmpty }

    func province(of place: Place) -> Place? { places[place.provinceCode] }

    /// The city of a county (nil for a county under its province directly), the city itself, or for a
    /// municipality (and its districts) the municipality.
    func city(of place: Place) -> Place? {
        if Gazetteer.municipalities.contains(place.provinceCode) { return places[place.provinceCode] }
        switch place.kind {
        case .province: return nil
        case .city: return place
        case .county: return places[place.cityCode]
        }
    }

    func isMunicipality(_ place: Place) -> Bool { Gazetteer.municipalities.contains(place.provinceCode) }

    /// Places named `name` (full or short form).
    func places(named name: String) -> [Place] {
        (byPrefix[String(name.prefix(2))] ?? []).filter { $0.name == name || $0.short == name }
    }

    /// A city or municipality by its full name (济宁市, 北京市).
    func city(named name: String) -> Place? {
        places(named: name).first { $0.name == name && ($0.kind == .city || isMunicipality($0)) }
    }

    /// The places of `kind` named at the start of `text`, with the name as written there: the full name,
    /// or for a county its short form and any county unit (济阳区 for 济阳县). Longest first.
    func matches(_ kind: Place.Kind, at text: Substring) -> [(place: Place, written: String)] {
        var found: [(Place, String)] = []
        for place in byPrefix[String(text.prefix(2))] ?? [] where place.kind == kind {
            if text.hasPrefix(place.name) {
                found.append((place, place.name))
            } else if kind == .county, let short = place.short, text.hasPrefix(short) {
                let rest = text.dropFirst(short.count)
                if let unit = Place.countyUnits.first(where: { rest.hasPrefix($0) }) {
                    found.append((place, short + unit))
                }
            }
        }
        return found.sorted { $0.1.count > $1.1.count }
    }
}
