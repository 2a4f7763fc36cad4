extension RowSelection {
    /// The first `k` selected rows.
    func prefix(_ k: Int) -> RowSelection {
        guard k < count else { return self }
        switch self {
        case .range(let r): return .range(r.lowerBound..<r.lowerBound + k)
        case .indices(let i): return .indices(Array(i.prefix(k)))
        }
    }
}
