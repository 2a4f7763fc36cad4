import ReportModel

/// An aggregate over each row's window frame. Consecutive rows whose frames start at the same
/// position and only grow (running totals, peers) extend one accumulation; another frame starts a
/// new one. count, sum, avg, min and max accumulate in place; median, percentile and
/// `count(distinct …)` fold each distinct frame with the group aggregate's own state, within a budget
/// of values read (a frame that slides over a large partition is refused, not left to run for hours).
struct FrameAggregation {
    static let budget = 50_000_000

    let call: AggregateCall
    let argument: ColumnVector?
    let count: Int
    let cancellation: CancellationToken?

    func compute(sorted: [Int], frames: [(Int, Int)], type: ValueType) throws(QueryError) -> ColumnVector {
        if call.distinct || call.function == .median || call.function == .percentile {
            return try folded(sorted: sorted, frames: frames)
        }
        var accumulator = Accumulator(function: call.function, argument: argument, type: type)
        var values = [Value](repeating: .null, count: count)
        var (start, end) = (-1, -1)
        var read = 0
        for (i, frame) in frames.enumerated() {
            if frame.0 != start || frame.1 < end {
                accumulator.reset()
                (start, end) = (frame.0, frame.0)
            }
            while end < frame.1 {
                try accumulator.add(argument == nil ? -1 : sorted[end])
                end += 1
                read += 1
            }
            if read > FrameAggregation.budget { throw tooLarge() }
            if i & 0x3FFF == 0 { try cancellation?.check() }
            values[sorted[i]] = accumulator.value
        }
        return ColumnVector.of(values, type: type)
    }

    /// Each distinct frame as one group of the aggregate's state.
    private func folded(sorted: [Int], frames: [(Int, Int)]) throws(QueryError) -> ColumnVector {
        var rows: [Int] = []
        var groups: [Int] = []
        var groupOf = [Int](repeating: 0, count: count)
        var previous: (Int, Int)?
        var group = -1
        for (i, frame) in frames.enumerated() {
            if previous == nil || previous! != frame {
                group += 1
                previous = frame
                for k in frame.0..<frame.1 {
                    rows.append(sorted[k])
                    groups.append(group)
                }
                if rows.count > FrameAggregation.budget { throw tooLarge() }
            }
            groupOf[sorted[i]] = group
        }
        let state = AggregateStates.make(call, range: call.argument?.range ?? SourceRange(start: 0, end: 0))
        try state.update(argument?.gather(.indices(rows)), groups: groups, groupCount: group + 1)
        let perFrame = state.finish(groupCount: group + 1)
        return perFrame.gather(.indices(groupOf))
    }

    private func tooLarge() -> QueryError {
        QueryError("the window frames of '\(call.function.rawValue)' are too large to compute (over \(FrameAggregation.budget) values)",
                   hint: "use a smaller frame (rows between 10 preceding and current row) or a partition", range: call.argument?.range)
    }
}

/// The running value of count, sum, avg, min or max over the rows added since the last reset.
private struct Accumulator {
    let function: AggregateFunction
    let argument: ColumnVector?
    let type: ValueType
    var rows = 0
    var integer = 0
    var decimal = 0.0
    var best: Value = .null

    init(function: AggregateFunction, argument: ColumnVector?, type: ValueType) {
        self.function = function
        self.argument = argument
        self.type = type
    }

    mutating func reset() {
        rows = 0
        integer = 0
        decimal = 0
        best = .null
    }

    /// Adds a row (-1 for `count(*)`); nulls are skipped.
    mutating func add(_ row: Int) throws(QueryError) {
        guard let argument else {
            rows += 1
            return
        }
        let value = argument.value(at: row)
        if value.isNull { return }
        rows += 1
        switch (function, value) {
        case (.sum, .integer(let v)), (.avg, .integer(let v)):
            if function == .avg {
                decimal += Double(v)
            } else {
                let (sum, overflow) = integer.addingReportingOverflow(v)
                if overflow { throw QueryError("number too large: the sum does not fit in a 64-bit integer", range: nil) }
                integer = sum
            }
        case (.sum, .decimal(let v)), (.avg, .decimal(let v)):
            decimal += v
        case (.min, _), (.max, _):
            if best.isNull || (function == .min ? Accumulator.less(value, best) : Accumulator.less(best, value)) { best = value }
        default:
            break
        }
    }

    var value: Value {
        switch function {
        case .count: return .integer(rows)
        case .sum:
            if rows == 0 { return .null }
            return type == .decimal ? .decimal(decimal) : .integer(integer)
        case .avg: return rows == 0 ? .null : .decimal(decimal / Double(rows))
        case .min, .max: return best
        case .median, .percentile: return .null
        }
    }

    private static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.decimal(let x), .decimal(let y)): return x < y
        case (.text(let x), .text(let y)): return TextOrder.less(x, y)
        case (.bool(let x), .bool(let y)): return !x && y
        default: return false
        }
    }
}
