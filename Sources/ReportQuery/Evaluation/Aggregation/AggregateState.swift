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
