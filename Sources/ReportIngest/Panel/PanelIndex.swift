import ReportModel

/// The corpus as a panel: each report's place by body and year (`agency`, `year`), so a report finds
/// the same body's report for the year before. A body and year that two or more reports claim is
/// ambiguous: none of them is compared across years (`ambiguous` names them, for a warning).
///
/// A body is its name's dictionary code (`AgencyCodes`), so the index holds two integers per report
/// and hashes integers, never a name.
struct PanelIndex: Sendable {
    /// A body (its name's code) and a year.
    struct Key: Hashable, Sendable {
        var body: Int32
        var year: Int
    }

    /// Each report's key; nil when its agency or year is unknown.
    private(set) var keys: [Key?]
    /// The report of each key that one report has; -1 for a key that several have.
    private var unique: [Key: Int] = [:]
    /// The keys that more than one report has, with those reports' indices (in order).
    private(set) var ambiguous: [Key: [Int]] = [:]
    private(set) var names: AgencyCodes

    init(_ records: [ReportRecord], agency: FieldID, year: FieldID) {
        var names = AgencyCodes(capacity: records.count / 4)
        keys = records.map { record in
            guard let name = record.text(agency.rawValue), let year = record.integer(year.rawValue) else { return nil }
            return Key(body: names.code(of: name), year: year)
        }
        self.names = names
        unique.reserveCapacity(records.count)
        for (index, key) in keys.enumerated() {
            guard let key else { continue }
            guard let first = unique[key] else {
                unique[key] = index
                continue
            }
            if first < 0 {
                ambiguous[key]!.append(index)
            } else {
                ambiguous[key] = [first, index]
                unique[key] = -1
            }
        }
    }

    /// The one report of the same body for the year before the report at `index`, if there is one.
    func previous(of index: Int) -> Int? {
        guard let key = keys[index], unique[key] == index, key.year > Int.min else { return nil }
        guard let before = unique[Key(body: key.body, year: key.year - 1)], before >= 0 else { return nil }
        return before
    }
}
