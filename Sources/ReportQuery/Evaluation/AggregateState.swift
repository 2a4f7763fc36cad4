/// The running state of one aggregate over all groups: updated chunk by chunk with the argument's
/// vector and each row's group, then finished into one value per group. Nulls are skipped.
protocol AggregateState: AnyObject {
    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) throws(QueryError)
    func finish(groupCount: Int) -> ColumnVector
}

extension AggregateState {
    /// Grows a per-group array to `count` entries.
    func grow<T>(_ array: inout [T], to count: Int, with value: T) {
        if array.count < count { array.append(contentsOf: repeatElement(value, count: count - array.count)) }
    }
}

enum AggregateStates {
    /// The state for a bound aggregate call; `range` locates errors (a sum that overflows).
    static func make(_ call: AggregateCall, range: SourceRange) -> AggregateState {
        let type = call.argument?.type ?? .integer
        switch call.function {
        case .count:
            if call.distinct { return DistinctCountState() }
            return CountState(star: call.argument == nil)
        case .sum:
            return type == .decimal ? DecimalSumState(average: false) : IntegerSumState(range: range)
        case .avg:
            return DecimalSumState(average: true)
        case .min, .max:
            return ExtremeState(maximum: call.function == .max, type: type)
        case .median, .percentile:
            return QuantileState(fraction: call.fraction)
        }
    }
}

/// `count(*)` counts rows; `count(x)` counts rows where x is not null.
final class CountState: AggregateState {
    private let star: Bool
    private var counts: [Int] = []

    init(star: Bool) { self.star = star }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        grow(&counts, to: groupCount, with: 0)
        let valid = star ? nil : argument?.valid
        CountState.add(groups, valid, &counts)
    }

    private static func add(_ groups: [Int], _ valid: [Bool]?, _ counts: inout [Int]) {
        guard let valid else {
            for g in groups { counts[g] += 1 }
            return
        }
        for i in groups.indices where valid[i] { counts[groups[i]] += 1 }
    }

    func finish(groupCount: Int) -> ColumnVector {
        grow(&counts, to: groupCount, with: 0)
        return .integer(Column(values: counts, valid: Array(repeating: true, count: groupCount)))
    }
}

/// `count(distinct x)`: the number of different non-null values (numbers in one integer map per
/// group, texts by their bytes).
final class DistinctCountState: AggregateState {
    private var numbers: [IntHashMap] = []
    private var textSets: [Set<TextKey>] = []

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        guard let argument else { return }
        switch argument {
        case .integer(let c): add(c, groups, groupCount) { $0 }
        case .decimal(let c): add(c, groups, groupCount) { Int(bitPattern: UInt(($0 == 0 ? 0.0 : $0).bitPattern)) }
        case .bool(let c): add(c, groups, groupCount) { $0 ? 1 : 0 }
        case .text(let c):
            grow(&textSets, to: groupCount, with: [])
            DistinctCountState.insert(c, groups, &textSets)
        }
    }

    private func add<T>(_ c: Column<T>, _ groups: [Int], _ groupCount: Int, _ key: (T) -> Int) {
        grow(&numbers, to: groupCount, with: IntHashMap())
        DistinctCountState.insert(c, groups, &numbers, key)
    }

    private static func insert<T>(_ c: Column<T>, _ groups: [Int], _ maps: inout [IntHashMap], _ key: (T) -> Int) {
        for i in groups.indices where c.valid[i] { _ = maps[groups[i]].code(for: key(c.values[i])) }
    }

    private static func insert(_ c: Column<String>, _ groups: [Int], _ sets: inout [Set<TextKey>]) {
        for i in groups.indices where c.valid[i] { sets[groups[i]].insert(TextKey(c.values[i])) }
    }

    func finish(groupCount: Int) -> ColumnVector {
        var counts = [Int](repeating: 0, count: groupCount)
        for g in 0..<groupCount {
            if g < numbers.count { counts[g] += numbers[g].count }
            if g < textSets.count { counts[g] += textSets[g].count }
        }
        return .integer(Column(values: counts, valid: Array(repeating: true, count: groupCount)))
    }
}

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
