/// `sum` of integers: exact, an overflow is an error; null when a group has no value.
final class IntegerSumState: AggregateState {
    private let range: SourceRange
    private var sums: [Int] = []
    private var seen: [Bool] = []

    init(range: SourceRange) { self.range = range }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) throws(QueryError) {
        grow(&sums, to: groupCount, with: 0)
        grow(&seen, to: groupCount, with: false)
        guard case .integer(let c) = argument else { return }
        if !IntegerSumState.add(c, groups, &sums, &seen) {
            throw QueryError("number too large: the sum does not fit in a 64-bit integer", range: range)
        }
    }

    /// False on overflow.
    private static func add(_ c: Column<Int>, _ groups: [Int], _ sums: inout [Int], _ seen: inout [Bool]) -> Bool {
        for i in groups.indices where c.valid[i] {
            let g = groups[i]
            let (sum, overflow) = sums[g].addingReportingOverflow(c.values[i])
            if overflow { return false }
            sums[g] = sum
            seen[g] = true
        }
        return true
    }

    func finish(groupCount: Int) -> ColumnVector {
        grow(&sums, to: groupCount, with: 0)
        grow(&seen, to: groupCount, with: false)
        return .integer(Column(values: sums, valid: seen))
    }
}
