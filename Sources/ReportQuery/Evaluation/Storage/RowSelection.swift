/// Which rows of a table an operation reads: a contiguous chunk, or the rows a filter kept.
enum RowSelection: Sendable {
    case range(Range<Int>)
    case indices([Int])

    var count: Int {
        switch self {
        case .range(let r): return r.count
        case .indices(let i): return i.count
        }
    }

    /// The table row of the k-th selected row.
    @inline(__always)
    func row(_ k: Int) -> Int {
        switch self {
        case .range(let r): return r.lowerBound + k
        case .indices(let i): return i[k]
        }
    }

    /// The selected rows whose condition is true (null and false drop the row).
    func keeping(_ condition: Column<Bool>) -> RowSelection {
        var kept: [Int] = []
        kept.reserveCapacity(count)
        for k in 0..<count where condition.valid[k] && condition.values[k] { kept.append(row(k)) }
        return .indices(kept)
    }
}
