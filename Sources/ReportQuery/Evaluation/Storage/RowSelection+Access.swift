extension RowSelection {
    /// The first `k` selected rows.
    func prefix(_ k: Int) -> RowSelection {
        guard k < count else { return self }
        switch self {
        case .range(let r): return .range(r.lowerBound..<r.lowerBound + k)
        case .indices(let i): return .indices(Array(i.prefix(k)))
        }
    }

    /// Calls `body(k, row)` for the k-th selected row, deciding range or indices once.
    @inline(__always)
    func forEach(_ body: (Int, Int) throws -> Void) rethrows {
        switch self {
        case .range(let r):
            for row in r { try body(row - r.lowerBound, row) }
        case .indices(let indices):
            for (k, row) in indices.enumerated() { try body(k, row) }
        }
    }
}
