import ReportModel

/// The corpus as a panel: each report's place by body and year (`agency`, `year`), so a report finds
/// the same body's report for the year before. A body and year that two or more reports claim is
/// ambiguous: none of them is compared across years (`ambiguous` names them, for a warning).
struct PanelIndex: Sendable {
    /// A body and year. The name is kept as UTF-8 bytes: hashing and comparing them is a byte scan,
    /// where a `String` of Chinese text is normalised first (most of the phase's time at 100,000 reports).
    struct Key: Hashable, Sendable {
        var bytes: [UInt8]
        var year: Int

        init(agency: String, year: Int) {
            bytes = Array(agency.utf8)
            self.year = year
        }

        init(bytes: [UInt8], year: Int) {
            self.bytes = bytes
            self.year = year
        }

        var agency: String { String(decoding: bytes, as: UTF8.self) }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(year)
        }
    }

    private(set) var keys: [Key?]
    private var unique: [Key: Int] = [:]
    /// The keys that more than one report has, with those reports' indices.
    private(set) var ambiguous: [Key: [Int]] = [:]

    init(_ records: [ReportRecord], agency: FieldID, year: FieldID) {
        keys = records.map { record in
            guard let name = record.text(agency.rawValue), let year = record.integer(year.rawValue) else { return nil }
            return Key(agency: name, year: year)
        }
        var seen: [Key: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            if let key { seen[key, default: []].append(index) }
        }
        for (key, indices) in seen {
            if indices.count == 1 { unique[key] = indices[0] } else { ambiguous[key] = indices }
        }
    }

    /// The one report of the same body for the year before the report at `index`, if there is one.
    func previous(of index: Int) -> Int? {
        guard let key = keys[index], unique[key] == index else { return nil }
        return unique[Key(bytes: key.bytes, year: key.year - 1)]
    }
}
