/// A corpus's records, made on first need: a warm start from the column store's image (`StoreImage`)
/// answers queries from columns and decodes the records only when something reads them (`.show`,
/// `source()`, warnings, the report texts). Made once, then shared.
public final class LazyRecords: Sendable {
    /// How many records there are (known before they are made).
    public let count: Int
    private let made: OnFirstUse<[ReportRecord]>

    public init(_ records: [ReportRecord]) {
        count = records.count
        made = OnFirstUse(records)
    }

    /// Records `make` will produce (`count` of them) when first read.
    public init(count: Int, make: @escaping @Sendable () -> [ReportRecord]) {
        self.count = count
        made = OnFirstUse(make: make)
    }

    public var records: [ReportRecord] { made.value }

    /// Whether the records have been made.
    public var isMade: Bool { made.isMade }
}
