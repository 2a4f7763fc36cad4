import ReportModel

/// Computes window functions over the rows of the window stage: each call orders the rows by
/// partition, then by its order keys (nulls last, ties in row order: `WindowOrder`), finds the
/// partitions and the peers (rows with equal order keys), and gives each row its value. The frame of an aggregate,
/// `first_value` and `last_value` is, as in SQL: the whole partition without `order by`; from the
/// partition's start to the row's last peer with `order by` (peers share a value); or `rows between …`.
struct WindowExecutor {
    let evaluator: Evaluator
    let cancellation: CancellationToken?

    /// One vector per call, row k for `rows[k]`.
    func compute(_ windows: [WindowCall], rows: [Int]) throws(QueryError) -> [ColumnVector] {
        var results: [ColumnVector] = []
        for window in windows {
            try cancellation?.check()
            results.append(try compute(window, rows))
        }
        return results
    }

    private func compute(_ call: WindowCall, _ rows: [Int]) throws(QueryError) -> ColumnVector {
        let n = rows.count
        let selection: RowSelection = rows.count == evaluator.table.rowCount ? .range(0..<n) : .indices(rows)
        var partition: [ColumnVector] = []
        for e in call.partition { partition.append(try evaluator.evaluate(e, selection)) }
        var order: [Sorter.Key] = []
        for (e, descending) in zip(call.order, call.descending) {
            order.append(Sorter.Key(vector: try evaluator.evaluate(e, selection), descending: descending))
        }
        let layout = WindowLayout(WindowOrder(partitions: partition, order: order, count: n))
        let sorted = layout.sorted
        var arguments: [ColumnVector] = []
        for e in call.arguments { arguments.append(try evaluator.evaluate(e, selection)) }
        switch call.function {
        case .rowNumber, .rank, .denseRank, .percentRank, .cumeDist, .ntile:
            return layout.ranking(call.function)
        case .lag(let offset):
            return layout.shifted(arguments[0], by: offset, default: arguments.count > 1 ? arguments[1] : nil)
        case .firstValue, .lastValue:
            let frames = layout.frames(call.frame, ordered: !call.order.isEmpty)
            let first = call.function == .firstValue
            let picks = (0..<n).map { i -> Int in
                let (s, e) = frames[i]
                return s < e ? sorted[first ? s : e - 1] : -1
            }
            return WindowLayout.pick(arguments[0], sortedRows: picks, sorted: sorted)
        case .aggregate(let aggregate):
            let frames = layout.frames(call.frame, ordered: !call.order.isEmpty)
            var argumentVector: ColumnVector?
            if let argument = aggregate.argument { argumentVector = try evaluator.evaluate(argument, selection) }
            return try FrameAggregation(call: aggregate, argument: argumentVector, count: n, cancellation: cancellation)
                .compute(sorted: sorted, frames: frames, type: call.resultType(aggregate))
        }
    }
}

extension WindowCall {
    /// The result type of a window aggregate (as the same aggregate over a group).
    func resultType(_ call: AggregateCall) -> ValueType {
        switch call.function {
        case .count: return .integer
        case .sum: return call.argument?.type == .decimal ? .decimal : .integer
        case .avg, .median, .percentile: return .decimal
        case .min, .max: return call.argument?.type ?? .integer
        }
    }
}
