/// Stable sorting of result rows by several keys, ascending or descending, nulls last either way.
///
/// One key sorts (value, row) pairs with a comparison specialised to its type. Several keys first
/// turn each key into ranks (equal values, equal rank), then sort rows by their rank tuples.
enum Sorter {
    struct Key {
        var vector: ColumnVector
        var descending: Bool
    }

    /// The row order.
    static func permutation(_ keys: [Key], count: Int) -> [Int] {
        guard let first = keys.first else { return Array(0..<count) }
        if keys.count == 1 { return order(first) }
        let ranks = keys.map(ranks)
        return (0..<count).sorted { a, b in
            for rank in ranks where rank[a] != rank[b] { return rank[a] < rank[b] }
            return a < b
        }
    }

    /// Rows in the key's order: values sorted (stable), then the null rows.
    static func order(_ key: Key) -> [Int] {
        switch key.vector {
        case .integer(let c): return order(c, key.descending) { $0 < $1 }
        case .decimal(let c): return order(c, key.descending) { $0 < $1 }
        case .text(let c): return order(c, key.descending, TextOrder.less)
        case .bool(let c): return order(c, key.descending) { !$0 && $1 }
        }
    }

    private static func order<T>(_ c: Column<T>, _ descending: Bool, _ less: (T, T) -> Bool) -> [Int] {
        var pairs: [(value: T, row: Int)] = []
        pairs.reserveCapacity(c.count)
        var nulls: [Int] = []
        for i in 0..<c.count {
            if c.valid[i] { pairs.append((c.values[i], i)) } else { nulls.append(i) }
        }
        if descending {
            pairs.sort { less($1.value, $0.value) || (!less($0.value, $1.value) && $0.row < $1.row) }
        } else {
            pairs.sort { less($0.value, $1.value) || (!less($1.value, $0.value) && $0.row < $1.row) }
        }
        return pairs.map(\.row) + nulls
    }

    /// Each row's rank under one key (null rows rank last).
    private static func ranks(_ key: Key) -> [Int] {
        let rows = order(key)
        var ranks = [Int](repeating: Int.max, count: rows.count)
        var rank = 0
        var previous: Int?
        let valid = key.vector.valid
        for row in rows {
            guard valid[row] else { break }
            if let previous, !equal(key.vector, previous, row) { rank += 1 }
            ranks[row] = rank
            previous = row
        }
        return ranks
    }

    private static func equal(_ vector: ColumnVector, _ a: Int, _ b: Int) -> Bool {
        switch vector {
        case .integer(let c): return c.values[a] == c.values[b]
        case .decimal(let c): return c.values[a] == c.values[b]
        case .text(let c): return TextOrder.compare(c.values[a], c.values[b]) == 0
        case .bool(let c): return c.values[a] == c.values[b]
        }
    }
}
