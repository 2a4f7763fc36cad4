/// A sort on all cores for a strict total order (no two items equal under `less`, e.g. ties broken
/// by row number): below `Morsels`' threshold one `sort`; above it the items are cut into
/// `Morsels.parts`, each part sorted on its own thread, and the sorted parts merged. Under a total
/// order there is exactly one sorted arrangement, so the result is the one a single sort gives.
enum ParallelSort {
    static func sorted<E: Sendable>(_ items: [E], by less: @escaping @Sendable (E, E) -> Bool) -> [E] {
        let parts = Morsels.parts(of: items.count)
        guard parts.count > 1 else { return items.sorted(by: less) }
        let runs = ParallelChunks.map(parts) { range in items[range].sorted(by: less) }
        return runs.dropFirst().reduce(runs[0]) { merged(first: $0, second: $1, by: less) }
    }

    /// Two sorted arrays as one sorted array (an item of `first` before an equal one of `second`).
    static func merged<E>(first: [E], second: [E], by less: (E, E) -> Bool) -> [E] {
        var result: [E] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count, j < second.count {
            if less(second[j], first[i]) {
                result.append(second[j])
                j += 1
            } else {
                result.append(first[i])
                i += 1
            }
        }
        result.append(contentsOf: first[i...])
        result.append(contentsOf: second[j...])
        return result
    }
}
