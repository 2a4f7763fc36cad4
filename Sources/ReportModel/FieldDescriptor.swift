/// The position of a field in the catalog and in every record's value array.
public struct FieldID: Sendable, Hashable, Comparable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (a: FieldID, b: FieldID) -> Bool { a.rawValue < b.rawValue }
}

/// The part of the report a field belongs to (the order of `.fields` and of `.show`).
public enum FieldGroup: String, Sendable, Hashable, CaseIterable {
    case identity       // id, file, agency, region, year …
    case proactive      // table 二
    case requests       // table 三
    case review         // table 四
    case narrative      // section 六 and other figures stated in words
    case derived        // rates
    case checks         // check.*, warnings
    case panel          // checks across years (PanelChecks, after the load) and the publication deadline
    case text           // text, text.s1 … text.s6
}

/// One field of the report model: its canonical name (fields.md), Chinese label, Chinese aliases,
/// type and unit. Catalog data, read by the query language, `.fields` and the exporters.
public struct FieldDescriptor: Sendable, Hashable {
    public let id: FieldID
    public let name: String
    public let label: String
    public let aliases: [String]
    public let type: FieldType
    public let unit: String?
    public let group: FieldGroup
    /// Computed from other fields (group rows, `org`, rates, checks), never read from the text.
    public let isDerived: Bool
    /// Part of the `headline.*` expansion: identity and headline figures.
    public let isHeadline: Bool

    public init(
        id: FieldID, name: String, label: String, aliases: [String] = [], type: FieldType,
        unit: String? = nil, group: FieldGroup, isDerived: Bool = false, isHeadline: Bool = false
    ) {
        self.id = id
        self.name = name
        self.label = label
        self.aliases = aliases
        self.type = type
        self.unit = unit
        self.group = group
        self.isDerived = isDerived
        self.isHeadline = isHeadline
    }
}
