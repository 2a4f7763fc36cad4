/// `prev(x)` / `next(x)`: for each row, the row of the same body (`agency`) in the year before or
/// after (`year ± 1`), or -1 when there is none. When a body has more than one report for a year,
/// which one is meant is unknown, so every row of that body and year has no neighbour and is also
/// no one's neighbour: the value is null, never a guess. Rows without agency or year have none.
///
/// Bodies are numbered by their text (`GroupIndex`), or, for the corpus's `agency`, by its dictionary
/// codes (`bodyCodes`: one number per distinct text, so no text is hashed); years by their value. A
/// (body, year) pair is then one integer key in an `IntHashMap`. On many rows the two directions'
/// lookups run on two threads (`Morsels`), each into its own array.
enum NeighborIndex {
    /// For offset -1 (`prev`) and 1 (`next`), each row's neighbour or -1.
    static func partners(_ table: Table, agency: Int, year: Int, bodyCodes: [Int32]? = nil) -> [Int: [Int]] {
        let n = table.rowCount
        let none = [Int](repeating: -1, count: n)
        guard case .integer(let years) = table.column(year), let bodies = bodies(table, agency, bodyCodes) else {
            return [-1: none, 1: none]
        }
        var yearCodes = IntHashMap()
        var keyCodes = IntHashMap()
        /// Per key: its row, or -1 when several rows have it.
        var rowOfKey: [Int] = []
        var keyOfRow = none
        for row in 0..<n where bodies[row] >= 0 && years.valid[row] {
            let key = keyCodes.code(for: bodies[row] << 32 | yearCodes.code(for: years.values[row]))
            if key == rowOfKey.count { rowOfKey.append(row) } else { rowOfKey[key] = -1 }
            keyOfRow[row] = key
        }
        let (bodyOf, yearOf, keys, rowOf, keyOf) = (bodies, yearCodes, keyCodes, rowOfKey, keyOfRow)
        let look = { @Sendable (offset: Int) -> [Int] in
            var partners = none
            for row in 0..<n where keyOf[row] >= 0 && rowOf[keyOf[row]] == row {
                let (other, overflow) = years.values[row].addingReportingOverflow(offset)
                guard !overflow, let year = yearOf.lookup(other), let key = keys.lookup(bodyOf[row] << 32 | year) else { continue }
                partners[row] = rowOf[key]
            }
            return partners
        }
        // The two directions on two threads when the rows are many (`Morsels`).
        let offsets = [-1, 1]
        let found = Morsels.splits(n) ? ParallelChunks.map(offsets, look) : offsets.map(look)
        return Dictionary(uniqueKeysWithValues: zip(offsets, found))
    }

    /// Each row's body number (below 2³¹), or -1 without agency; nil when `agency` is not text.
    private static func bodies(_ table: Table, _ agency: Int, _ codes: [Int32]?) -> [Int]? {
        if let codes, codes.count == table.rowCount { return codes.map { Int($0) } }
        guard case .text(let agencies) = table.column(agency) else { return nil }
        var index = GroupIndex(types: [.text])
        let groups = index.assign([.text(agencies)], count: table.rowCount)
        return groups.indices.map { agencies.valid[$0] ? groups[$0] : -1 }
    }
}
