/// One administrative division of the gazetteer: a province (adcode `XX0000`), a city (`XXXX00`) or a
/// county-level division (区/县/县级市/旗). `short` is the name without its unit suffix (济宁 for 济宁市,
/// 兖州 for 兖州区), nil when that would leave fewer than two characters (城区, 郊区).
struct Place: Sendable, Hashable {
    enum Kind: Int, Sendable, Hashable, Comparable {
        case province, city, county
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    var code: Int
    var name: String
    var short: String?
    var kind: Kind

    var provinceCode: Int { code / 10_000 * 10_000 }
    var cityCode: Int { code / 100 * 100 }

    /// Suffixes stripped for the short form, longest first.
    static let suffixes: [Kind: [String]] = [
        .province: ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"],
        .city: ["自治州", "地区", "盟", "市"],
        .county: ["自治县", "自治旗", "特区", "林区", "区", "县", "市", "旗"],
    ]

    /// What a county's name may end with in the text when the gazetteer predates a rename (济阳县 → 济阳区).
    static let countyUnits = ["区", "县", "市", "旗"]

    init(code: Int, name: String, kind: Kind) {
        self.code = code
        self.name = name
        self.kind = kind
        self.short = Place.shortForm(name, kind)
    }

    static func shortForm(_ name: String, _ kind: Kind) -> String? {
        let bytes = Array(name.utf8)
        for suffix in suffixBytes[kind] ?? [] where bytes.count > suffix.count
            && Bytes.matches(suffix, in: bytes, at: bytes.count - suffix.count, limit: bytes.count) {
            let short = bytes.count - suffix.count
            guard Bytes.characterCount(bytes, 0..<short) >= 2 else { return nil }
            return String(decoding: bytes[..<short], as: UTF8.self)
        }
        return nil
    }

    static let suffixBytes = suffixes.mapValues { $0.map { Array($0.utf8) } }
}
