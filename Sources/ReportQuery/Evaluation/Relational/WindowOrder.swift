/// The order of one window call's rows: by partition, then by the order keys (nulls last), ties in
/// row order.
///
/// Which partition comes first changes no row's value, so partitions are numbered, not sorted by
/// their text: the partition keys are numbered by `GroupIndex` (a dictionary-encoded corpus field
/// arrives as its codes, `DictionaryPlan`). Each order key becomes dense ranks (`Sorter.denseRanks`:
/// equal values, equal rank). The rows are then put in order by stable counting sorts — the last
/// order key first, the partition last — and two rows are peers when all their ranks are equal: no
/// value is compared once the ranks are made.
struct WindowOrder {
    /// The rows in order.
    let sorted: [Int]
    /// Each row's partition number.
    let partitions: [Int]
    /// Per order key, each row's rank.
    let ranks: [[Int]]

    init(partitions: [ColumnVector], order: [Sorter.Key], count n: Int) {
        var index = GroupIndex(types: partitions.map(\.type))
        let numbers = index.assign(partitions, count: n)
        let ranked = order.map(Sorter.denseRanks)
        var sorted = Array(0..<n)
        for key in ranked.reversed() + [(ranks: numbers, count: index.groupCount)] where key.count > 1 {
            sorted = WindowOrder.stableSort(sorted, by: key.ranks, range: key.count)
        }
        self.sorted = sorted
        self.partitions = numbers
        self.ranks = ranked.map(\.ranks)
    }

    func samePartition(_ a: Int, _ b: Int) -> Bool { partitions[a] == partitions[b] }

    /// Whether two rows have equal order keys.
    func peers(_ a: Int, _ b: Int) -> Bool { ranks.allSatisfy { $0[a] == $0[b] } }

    /// `rows` stably ordered by `key[row]`, each in `0 ..< range` (a counting sort).
    static func stableSort(_ rows: [Int], by key: [Int], range: Int) -> [Int] {
        var starts = [Int](repeating: 0, count: range + 1)
        for row in rows { starts[key[row] + 1] += 1 }
        for k in 0..<range { starts[k + 1] += starts[k] }
        var result = [Int](repeating: 0, count: rows.count)
        for row in rows {
            result[starts[key[row]]] = row
            starts[key[row]] += 1
        }
        return result
    }
}
