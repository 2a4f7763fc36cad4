/// A name a report gives for its publisher, where it was read and how much that place says.
struct AgencyCandidate: Sendable, Hashable {
    /// The places a report names its publisher, in the order their printed form is preferred.
    enum Place: Int, Sendable, Hashable, Comparable, CaseIterable {
        case title, metadata, opening, signature, subject, contact, source

        static func < (a: Place, b: Place) -> Bool { a.rawValue < b.rawValue }

        /// Strong places can carry a name on their own; `contact` (请与…联系, often an office of the body
        /// or its superior) and `source` (来源：…, often the site's owner) only support a strong one.
        var isStrong: Bool { self != .contact && self != .source }

        var label: String {
            switch self {
            case .title: return "title"
            case .metadata: return "metadata"
            case .opening: return "opening sentence"
            case .signature: return "signature"
            case .subject: return "subject sentence"
            case .contact: return "contact sentence"
            case .source: return "来源"
            }
        }
    }

    var name: String
    /// 1-based line number.
    var line: Int
    var place: Place
}

/// Whether a name looks like a body's: it ends as a body does (局, 委员会, 办公室, 人民政府, 管委会 …) and
/// either names a region the gazetteer knows, or is a national body, or (`allowBare`, for a place
/// that delimits the name on its own, such as `发布机构：`) is at least four characters.
enum BodyName {
    static let ends = AgencyName.bodyEnds + ["管委会", "管理委员会", "委员会办公室"]
    /// Short self-references that are no name: 市工信局, 区政府, 我局, 本机关.
    static let selfReferenceStarts = ["市", "区", "县", "省", "州", "镇", "乡", "我", "本", "该"]

    static func looksLikeBody(_ name: String, parser: RegionParser, allowBare: Bool = false) -> Bool {
        guard ends.contains(where: name.hasSuffix), name.count >= 3 else { return false }
        let match = parser.parse(name)
        if !match.isEmpty { return match.length < name.count }
        if AgencyLevel.centralStarts.contains(where: name.hasPrefix) { return true }
        if selfReferenceStarts.contains(where: { name.hasPrefix($0) }) { return false }
        return allowBare && name.count >= 4
    }
}
