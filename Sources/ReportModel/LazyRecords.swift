import Synchronization

/// A corpus's records, made on first need: a warm start from the column store's image (`StoreImage`)
/// answers queries from columns and decodes the records only when something reads them (`.show`,
/// `source()`, warnings, the report texts). Made once, then shared.
public final class LazyRecords: Sendable {
    /// How many records there are (known before they are made).
    public let count: Int
    private let state: Mutex<State>

    private enum State {
        case made([ReportRecord])
        case pending(@Sendable () -> [ReportRecord])
    }

    public init(_ records: [ReportRecord]) {
        count = records.count
        state = Mutex(.made(records))
    }

    /// Records `make` will produce (`count` of them) when first read.
    public init(count: Int, make: @escaping @Sendable () -> [ReportRecord]) {
        self.count = count
        state = Mutex(.pending(make))
    }

    public var records: [ReportRecord] {
        state.withLock { state in
            switch state {
            case .made(let records):
                return records
            case .pending(let make):
                let records = make()
                state = .made(records)
                return records
            }
        }
    }

    /// Whether the records have been made.
    public var isMade: Bool {
        state.withLock { if case .made = $0 { return true } else { return false } }
    }
}
