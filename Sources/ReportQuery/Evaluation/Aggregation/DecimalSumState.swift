/// `sum` of decimals and `avg` of numbers, with compensated (Neumaier) summation so that adding many
/// amounts such as 12.34 does not drift.
final class DecimalSumState: AggregateState {
    private let average: Bool
    private var sums: [Double] = []
    private var compensations: [Double] = []
    private var counts: [Int] = []

    init(average: Bool) { self.average = average }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        grow(&sums, to: groupCount, with: 0)
        grow(&compensations, to: groupCount, with: 0)
        grow(&counts, to: groupCount, with: 0)
        switch argument {
        case .integer(let c):
            DecimalSumState.add(Column(values: c.values.map { Double($0) }, valid: c.valid), groups, &sums, &compensations, &counts)
        case .decimal(let c):
            DecimalSumState.add(c, groups, &sums, &compensations, &counts)
        default: break
        }
    }

    private static func add(_ c: Column<Double>, _ groups: [Int], _ sums: inout [Double], _ compensations: inout [Double],
                            _ counts: inout [Int]) {
        for i in groups.indices where c.valid[i] {
            let g = groups[i]
            let x = c.values[i]
            let sum = sums[g]
            let t = sum + x
            compensations[g] += Swift.abs(sum) >= Swift.abs(x) ? (sum - t) + x : (x - t) + sum
            sums[g] = t
            counts[g] += 1
        }
    }

    func finish(groupCount: Int) -> ColumnVector {
        var values = [Double](repeating: 0, count: groupCount)
        var valid = [Bool](repeating: false, count: groupCount)
        for g in 0..<min(groupCount, counts.count) where counts[g] > 0 {
            let total = sums[g] + compensations[g]
            values[g] = average ? total / Double(counts[g]) : total
            valid[g] = values[g].isFinite
        }
        return .decimal(Column(values: values, valid: valid))
    }
}
