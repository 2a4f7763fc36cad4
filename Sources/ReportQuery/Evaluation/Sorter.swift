/// Stable sorting of result rows by several keys, ascending or descending, nulls last either way.
///
/// When only the first rows are wanted (`limit`), a bounded heap selects them in one pass. Otherwise
/// one key sorts its rows with a comparison specialised to its type (ties broken by row, so many rows
/// are sorted on all cores: `ParallelSort`); several keys first turn each key
/// into ranks (equal values, equal rank), then sort rows by their rank tuples. Ties keep row order.
enum Sorter {
    struct Key {
        var vector: ColumnVector
        var descending: Bool
    }

    /// The order of the first `wanted` rows (all rows when nil).
    static func permutation(_ keys: [Key], count: Int, wanted: Int? = nil) -> [Int] {
        guard !keys.isEmpty else { return Array(0..<min(count, wanted ?? count)) }
        if let wanted, wanted < count / 4 {
            let comparators = keys.map(comparator)
            return smallest(wanted, of: count) { a, b in
                for compare in comparators {
                    let c = compare(a, b)
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
        }
        if keys.count == 1 { return Array(order(keys[0]).prefix(wanted ?? count)) }
        let ranks = keys.map { denseRanks($0).ranks }
        let sorted = ParallelSort.sorted(Array(0..<count)) { a, b in
            for rank in ranks where rank[a] != rank[b] { return rank[a] < rank[b] }
            return a < b
        }
        return Array(sorted.prefix(wanted ?? count))
    }

    /// The `k` first rows under a strict total order, in order: a max-heap of the best so far.
    static func smallest(_ k: Int, of count: Int, by less: (Int, Int) -> Bool) -> [Int] {
        guard k > 0 else { return [] }
        var heap: [Int] = []
        heap.reserveCapacity(k)
        for row in 0..<count {
            if heap.count < k {
                heap.append(row)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard less(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            } else if less(row, heap[0]) {
                heap[0] = row
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var largest = parent
                    if left < k, less(heap[largest], heap[left]) { largest = left }
                    if right < k, less(heap[largest], heap[right]) { largest = right }
                    if largest == parent { break }
                    heap.swapAt(parent, largest)
                    parent = largest
                }
            }
        }
        return heap.sorted(by: less)
    }

    /// Negative, zero or positive as row a sorts before, with or after row b under one key.
    private static func comparator(_ key: Key) -> (Int, Int) -> Int {
        func make<T>(_ c: Column<T>, _ compare: @escaping (T, T) -> Int) -> (Int, Int) -> Int {
            let sign = key.descending ? -1 : 1
            return { a, b in
                switch (c.valid[a], c.valid[b]) {
                case (true, true): return sign * compare(c.values[a], c.values[b])
                case (false, false): return 0
                case (true, false): return -1
                case (false, true): return 1
                }
            }
        }
        switch key.vector {
        case .integer(let c): return make(c) { $0 < $1 ? -1 : $0 > $1 ? 1 : 0 }
        case .decimal(let c): return make(c) { $0 < $1 ? -1 : $0 > $1 ? 1 : 0 }
        case .text(let c): return make(c, TextOrder.compare)
        case .bool(let c): return make(c) { $0 == $1 ? 0 : $0 ? 1 : -1 }
        }
    }

    /// Rows in one key's order: values sorted (stable), then the null rows.
    static func order(_ key: Key) -> [Int] {
        switch key.vector {
        case .integer(let c): return order(c, key.descending) { $0 < $1 }
        case .decimal(let c): return order(c, key.descending) { $0 < $1 }
        case .bool(let c): return order(c, key.descending) { !$0 && $1 }
        case .text(let c): return textOrder(c, key.descending)
        }
    }

    private static func order<T>(_ c: Column<T>, _ descending: Bool, _ less: @escaping @Sendable (T, T) -> Bool) -> [Int] {
        var pairs: [(value: T, row: Int)] = []
        pairs.reserveCapacity(c.count)
        var nulls: [Int] = []
        for i in 0..<c.count {
            if c.valid[i] { pairs.append((c.values[i], i)) } else { nulls.append(i) }
        }
        // Ties are broken by row, so the order is total and may be sorted on all cores.
        if descending {
            pairs = ParallelSort.sorted(pairs) { less($1.value, $0.value) || (!less($0.value, $1.value) && $0.row < $1.row) }
        } else {
            pairs = ParallelSort.sorted(pairs) { less($0.value, $1.value) || (!less($1.value, $0.value) && $0.row < $1.row) }
        }
        return pairs.map(\.row) + nulls
    }

    /// Text rows sorted by their first eight bytes as an integer, comparing whole texts only on ties.
    private static func textOrder(_ c: Column<String>, _ descending: Bool) -> [Int] {
        var rows: [(prefix: UInt64, row: Int)] = []
        rows.reserveCapacity(c.count)
        var nulls: [Int] = []
        for i in 0..<c.count {
            if c.valid[i] { rows.append((TextOrder.prefix(c.values[i]), i)) } else { nulls.append(i) }
        }
        c.values.withUnsafeBufferPointer { buffer in
            // Only read, by every sorting thread, while `c.values` is held here.
            nonisolated(unsafe) let texts = buffer
            rows = ParallelSort.sorted(rows) { x, y in
                var order = x.prefix < y.prefix ? -1 : x.prefix > y.prefix ? 1 : TextOrder.compare(texts[x.row], texts[y.row])
                if descending { order = -order }
                return order != 0 ? order < 0 : x.row < y.row
            }
        }
        return rows.map(\.row) + nulls
    }

    /// Each row's rank under one key, in the key's direction (equal values, equal rank; null rows
    /// share the last rank), and the number of ranks.
    static func denseRanks(_ key: Key) -> (ranks: [Int], count: Int) {
        let rows = order(key)
        let compare = comparator(Key(vector: key.vector, descending: false))
        let valid = key.vector.valid
        var ranks = [Int](repeating: 0, count: rows.count)
        var count = 0
        var previous = -1
        for row in rows {
            guard valid[row] else { break }
            if previous < 0 || compare(previous, row) != 0 { count += 1 }
            ranks[row] = count - 1
            previous = row
        }
        guard valid.contains(false) else { return (ranks, count) }
        for row in 0..<valid.count where !valid[row] { ranks[row] = count }
        return (ranks, count + 1)
    }
}
