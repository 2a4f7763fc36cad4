import ReportModel

/// Runs a bound query over the column store in chunks of rows: filter → (group and aggregate) →
/// project → sort → offset/limit. Polls the cancellation token once per chunk.
struct QueryExecutor {
    /// Rows per chunk: vectors stay in cache, and cancellation is noticed within a few thousand rows.
    static let chunkSize = 2048

    let store: ColumnStore
    let cancellation: CancellationToken?

    /// The query's result as columns (one per output).
    func run(_ query: BoundQuery) throws(QueryError) -> Table {
        let input: Table
        let corpus: ColumnStore?
        switch query.source {
        case .corpus:
            input = store.table
            corpus = store
        case .view(let name, let inner):
            do {
                input = try run(inner)
            } catch {
                if error.message == "interrupted" { throw error }
                throw QueryError("in view '\(name)': \(error.message)", hint: error.hint)
            }
            corpus = nil
        }
        guard let aggregation = query.aggregation else {
            return try project(input, store: corpus, filter: query.filter, query)
        }
        let grouped = try aggregate(input, store: corpus, filter: query.filter, aggregation)
        return try project(grouped, store: nil, filter: query.having, query)
    }

    /// The rows of each chunk that pass the filter.
    private func forEachChunk(
        of table: Table, evaluator: Evaluator, filter: BoundExpression?, _ body: (RowSelection) throws(QueryError) -> Bool
    ) throws(QueryError) {
        var start = 0
        while start < table.rowCount {
            try cancellation?.check()
            var rows = RowSelection.range(start..<min(start + QueryExecutor.chunkSize, table.rowCount))
            start += QueryExecutor.chunkSize
            if let filter { rows = rows.keeping(try evaluator.condition(filter, rows)) }
            if rows.count > 0, try !body(rows) { return }
        }
    }

    private func aggregate(
        _ input: Table, store: ColumnStore?, filter: BoundExpression?, _ aggregation: BoundQuery.Aggregation
    ) throws(QueryError) -> Table {
        let evaluator = Evaluator(table: input, store: store)
        var index = GroupIndex(types: aggregation.keys.map(\.type))
        let states = aggregation.aggregates.map { call in
            AggregateStates.make(call, range: call.argument?.range ?? SourceRange(start: 0, end: 0))
        }
        try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (rows) throws(QueryError) in
            var keys: [ColumnVector] = []
            for key in aggregation.keys { keys.append(try evaluator.evaluate(key, rows)) }
            let groups = index.assign(keys, count: rows.count)
            for (call, state) in zip(aggregation.aggregates, states) {
                let argument = try call.argument.map { (e: BoundExpression) throws(QueryError) in try evaluator.evaluate(e, rows) }
                try state.update(argument, groups: groups, groupCount: index.groupCount)
            }
            return true
        }
        let columns = index.keyColumns() + states.map { $0.finish(groupCount: index.groupCount) }
        return Table(columns: columns, rowCount: index.groupCount)
    }

    /// Outputs and sort keys of the rows passing `filter`, then order, offset and limit. Without
    /// order by, scanning stops once offset + limit rows are found.
    private func project(_ input: Table, store: ColumnStore?, filter: BoundExpression?, _ query: BoundQuery) throws(QueryError) -> Table {
        let evaluator = Evaluator(table: input, store: store)
        var outputs = query.outputs.map { ColumnBuilder($0.type) }
        var sortKeys = query.orderBy.map { ColumnBuilder($0.expression.type) }
        let wanted = query.orderBy.isEmpty ? query.limit.map { QueryExecutor.add($0, query.offset ?? 0) } : nil
        var produced = 0
        if wanted != 0 {
            try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (selected) throws(QueryError) in
                let rows = wanted.map { selected.prefix($0 - produced) } ?? selected
                for (k, output) in query.outputs.enumerated() { outputs[k].append(try evaluator.evaluate(output, rows)) }
                for (k, key) in query.orderBy.enumerated() { sortKeys[k].append(try evaluator.evaluate(key.expression, rows)) }
                produced += rows.count
                return wanted.map { produced < $0 } ?? true
            }
        }
        try cancellation?.check()
        var columns = outputs.map { $0.build() }
        var order: RowSelection = .range(0..<produced)
        if !query.orderBy.isEmpty {
            let keys = zip(sortKeys, query.orderBy).map { Sorter.Key(vector: $0.build(), descending: $1.descending) }
            order = .indices(Sorter.permutation(keys, count: produced))
        }
        let offset = min(query.offset ?? 0, produced)
        let end = query.limit.map { min(produced, QueryExecutor.add(offset, $0)) } ?? produced
        if offset > 0 || end < produced || !query.orderBy.isEmpty {
            let slice: RowSelection
            switch order {
            case .range: slice = .range(offset..<end)
            case .indices(let rows): slice = .indices(Array(rows[offset..<end]))
            }
            columns = columns.map { $0.gather(slice) }
        }
        return Table(columns: columns, rowCount: end - offset)
    }

    /// Addition that stops at Int.max (limit and offset may be any 64-bit number).
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
