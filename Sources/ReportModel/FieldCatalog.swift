/// Every field of the report model, in a fixed order: a record stores its values at the fields' ids.
///
/// Names resolve case-sensitively through `lookup(_:)`, which accepts the canonical name
/// (`requests.new.natural`), a row or block path that means its total column (`requests.new`,
/// `review`, `litigation.direct`) and the Chinese aliases (机关, 本年新收, 予以公开.自然人, 行政复议).
public struct FieldCatalog: Sendable {
    public let fields: [FieldDescriptor]
    private let index: [String: FieldID]
    private let requestBase: Int
    private let reviewBase: Int
    private let proactiveBase: Int

    /// The catalog of fields.md, built once.
    public static let standard = FieldCatalog()

    public var count: Int { fields.count }

    public subscript(id: FieldID) -> FieldDescriptor { fields[id.rawValue] }

    /// Resolves a canonical name, a row/block path or a Chinese alias.
    public func lookup(_ name: String) -> FieldID? { index[name] }

    /// The id of a canonical name that must exist (a programming error otherwise).
    public func id(_ name: String) -> FieldID {
        guard let id = index[name] else { preconditionFailure("unknown field \(name)") }
        return id
    }

    /// Every name `lookup` accepts: canonical names, row paths and aliases (for completion and suggestions).
    public var allNames: [String] { index.keys.sorted() }

    /// Fields whose canonical name starts with `prefix.` (for `requests.new.*`); a row path's columns.
    public func fields(under prefix: String) -> [FieldDescriptor] {
        let dotted = prefix + "."
        return fields.filter { $0.name.hasPrefix(dotted) }
    }

    /// Identity fields and headline figures: what `select headline.*` shows (`*` is every field).
    public var headline: [FieldDescriptor] { fields.filter(\.isHeadline) }

    public func requests(_ row: RequestRow, _ column: ApplicantColumn) -> FieldID {
        FieldID(requestBase + row.rawValue * ApplicantColumn.allCases.count + column.rawValue)
    }

    public func review(_ block: ReviewBlock, _ outcome: ReviewOutcome) -> FieldID {
        FieldID(reviewBase + block.rawValue * ReviewOutcome.allCases.count + outcome.rawValue)
    }

    public func proactive(_ item: ProactiveItem) -> FieldID {
        FieldID(proactiveBase + item.rawValue)
    }

    private init() {
        var builder = CatalogBuilder()
        builder.addIdentity()
        builder.add("proactive.total", "主动公开政府信息总数（条）", ["主动公开", "主动公开总数"], .integer,
                    unit: "条", group: .proactive, headline: true)
        let proactiveBase = builder.fields.count
        for item in ProactiveItem.allCases {
            builder.add(item.name, item.label, item.aliases, item.type, unit: item.unit, group: .proactive)
        }
        let requestBase = builder.fields.count
        builder.addRequests()
        let reviewBase = builder.fields.count
        builder.addReview()
        builder.addNarrativeDerivedAndChecks()
        self.fields = builder.fields
        self.index = builder.index
        self.requestBase = requestBase
        self.reviewBase = reviewBase
        self.proactiveBase = proactiveBase
    }
}
