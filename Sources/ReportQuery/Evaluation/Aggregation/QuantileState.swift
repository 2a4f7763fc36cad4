/// `median(x)` and `percentile(x, p)`: the value at fraction p of the sorted non-null values, with
/// linear interpolation between neighbours (median of 1, 2, 3, 4 is 2.5); null for no values.
final class QuantileState: AggregateState {
    private let fraction: Double
    private var values: [[Double]] = []

    init(fraction: Double) { self.fraction = fraction }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        grow(&values, to: groupCount, with: [])
        switch argument {
        case .integer(let c): QuantileState.collect(Column(values: c.values.map { Double($0) }, valid: c.valid), groups, &values)
        case .decimal(let c): QuantileState.collect(c, groups, &values)
        default: break
        }
    }

    private static func collect(_ c: Column<Double>, _ groups: [Int], _ values: inout [[Double]]) {
        for i in groups.indices where c.valid[i] { values[groups[i]].append(c.values[i]) }
    }

    func finish(groupCount: Int) -> ColumnVector {
        grow(&values, to: groupCount, with: [])
        var result = [Double](repeating: 0, count: groupCount)
        var valid = [Bool](repeating: false, count: groupCount)
        for g in 0..<groupCount where !values[g].isEmpty {
            let count = values[g].count
            let position = fraction * Double(count - 1)
            let lower = min(Int(position.rounded(.down)), count - 1)
            let weight = position - Double(lower)
            let low = QuantileState.select(lower, in: &values[g])
            let high = lower + 1 < count && weight > 0 ? values[g][(lower + 1)...].min()! : low
            result[g] = low + (high - low) * weight
            valid[g] = true
        }
        return .decimal(Column(values: result, valid: valid))
    }

    /// The k-th smallest value (quickselect): afterwards every value after position k is at least it.
    static func select(_ k: Int, in values: inout [Double]) -> Double {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = Swift.max(Swift.min(values[low], values[middle]), Swift.min(Swift.max(values[low], values[middle]), values[high]))
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }
}
