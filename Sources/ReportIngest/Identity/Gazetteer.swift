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

    /// Reads `adcode<TAB>name` lines; `#` comments and malformed lines are ignored. Works on bytes:
    /// the resource is read at every start.
    init(tsv: String) {
        let bytes = Array(tsv.utf8)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            addLine(bytes[start..<end])
            start = end + 1
        }
    }

    private mutating func addLine(_ line: ArraySlice<UInt8>) {
        guard line.first != 0x23, let tab = line.firstIndex(of: 0x09), tab - line.startIndex == 6 else { return }
        var code = 0
        for byte in line[..<tab] {
            guard (0x30...0x39).contains(byte) else { return }
            code = code * 10 + Int(byte - 0x30)
        }
        let field = line[(tab + 1)...]
        let nameEnd = field.firstIndex { $0 == 0x09 || $0 == 0x0D || $0 == 0x20 } ?? field.endIndex
        let name = String(decoding: field[..<nameEnd], as: UTF8.self)
        guard code >= 100_000, !name.isEmpty, !Gazetteer.placeholders.contains(name) else { return }
        let kind: Place.Kind = code % 10_000 == 0 ? .province : code % 100 == 0 ? .city : .county
        add(Place(code: code, name: name, kind: kind))
    }

    private mutating func add(_ place: Place) {
        places[place.code] = place
        let key = Gazetteer.key(place.name)
        byPrefix[key, default: []].append(place)
        if let short = place.short, Gazetteer.key(short) != key { byPrefix[Gazetteer.key(short), default: []].append(place) }
    }

    /// The first two characters of a name, cut from its UTF-8 bytes.
    static func key<S: StringProtocol>(_ text: S) -> String {
        var end = text.utf8.startIndex
        var characters = 0
        for index in text.utf8.indices {
            if !Bytes.isContinuation(text.utf8[index]) {
                if characters == 2 { break }
                characters += 1
            }
            end = text.utf8.index(after: index)
        }
        return String(decoding: text.utf8[..<end], as: UTF8.self)
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
        (byPrefix[Gazetteer.key(name)] ?? []).filter { $0.name == name || $0.short == name }
    }

    /// A city or municipality by its full name (济宁市, 北京市).
    func city(named name: String) -> Place? {
        places(named: name).first { $0.name == name && ($0.kind == .city || isMunicipality($0)) }
    }

    /// The places of `kind` named at the start of `text`, with the name as written there: the full name,
    /// or for a county its short form and any county unit (济阳区 for 济阳县). Longest first.
    func matches(_ kind: Place.Kind, at text: Substring) -> [(place: Place, written: String)] {
        var found: [(Place, String)] = []
        for place in byPrefix[Gazetteer.key(text)] ?? [] where place.kind == kind {
            if PlainText.hasPrefix(text, place.name) {
                found.append((place, place.name))
            } else if kind == .county, let short = place.short, PlainText.hasPrefix(text, short) {
                let rest = text.dropFirst(short.count)
                if let unit = Place.countyUnits.first(where: { PlainText.hasPrefix(rest, $0) }) {
                    found.append((place, short + unit))
                }
            }
        }
        return found.sorted { $0.1.count > $1.1.count }
    }
}
