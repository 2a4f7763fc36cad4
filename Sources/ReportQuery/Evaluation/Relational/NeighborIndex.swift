/// `prev(x)` / `next(x)`: for each row, the row of the same body (`agency`) in the year before or
/// after (`year ± 1`), or -1 when there is none. When a body has more than one report for a year,
/// which one is meant is unknown, so every row of that body and year has no neighbour and is also
/// no one's neighbour: the value is null, never a guess. Rows without agency or year have none.
enum NeighborIndex {
    static func partners(_ table: Table, agency: Int, year: Int, offset: Int) -> [Int] {
        let n = table.rowCount
        guard case .text(let agencies) = table.column(agency), case .integer(let years) = table.column(year) else {
            return [Int](repeating: -1, count: n)
        }
        var index = GroupIndex(types: [.text])
        let bodies = index.assign([.text(agencies)], count: n)
        /// (body, year) → the row, or -1 when several rows have it.
        var rows: [Key: Int] = [:]
        rows.reserveCapacity(n)
        var keys = [Key?](repeating: nil, count: n)
        for row in 0..<n where agencies.valid[row] && years.valid[row] {
            guard years.values[row] > Int.min / 2, years.values[row] < Int.max / 2 else { continue }
            let key = NeighborIndex.key(bodies[row], years.values[row])
            keys[row] = key
            rows[key] = rows[key] == nil ? row : -1
        }
        var partners = [Int](repeating: -1, count: n)
        for row in 0..<n {
            guard keys[row] != nil, rows[NeighborIndex.key(bodies[row], years.values[row])] == row else { continue }
            partners[row] = rows[NeighborIndex.key(bodies[row], years.values[row] + offset)] ?? -1
        }
        return partners
    }

    private struct Key: Hashable {
        var body: Int
        var year: Int
    }

    private static func key(_ body: Int, _ year: Int) -> Key { Key(body: body, year: year) }
}
