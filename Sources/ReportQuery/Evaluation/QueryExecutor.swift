import ReportModel

/// Runs a bound query over the column store in chunks of rows: filter → (group and aggregate) →
/// project → sort → offset/limit. Polls the cancellation token once per chunk.
struct QueryExecutor {
    /// Rows per chunk: vectors stay in cache, and cancellation is noticed within a few thousand rows.
    static let chunkSize = 2048
    /// Chunks whose filters are evaluated together, in parallel (a table smaller than this is filtered
    /// on one thread).
    static let parallelChunks = 8

    let store: ColumnStore
    let cancellation: CancellationToken?

    /// The query's outputs, not yet gathered (one per output).
    func run(_ bound: BoundQuery) throws(QueryError) -> Projection {
        var query = try resolveSubqueries(bound)
        let input: Table
        let corpus: ColumnStore?
        var plan = DictionaryPlan(store: store)
        var decoded: [Int: Int] = [:]
        switch query.source {
        case .corpus:
            input = store.table(using: query.sourceColumns)
            corpus = store
            (query, decoded) = plan.apply(query)
        default:
            input = try table(of: query.source, needed: query.sourceColumns)
            corpus = nil
        }
        var evaluator = Evaluator(table: input, store: corpus, lookups: plan.lookups)
        if let keys = query.neighborKeys {
            evaluator.neighbors = NeighborIndex.partners(input, agency: keys.agency, year: keys.year,
                                                         bodyCodes: corpus?.dictionary(keys.agency)?.codes)
        }
        guard let aggregation = query.aggregation else {
            if !query.windows.isEmpty { return try projectWindows(evaluator, filter: query.filter, query) }
            return try project(evaluator, filter: query.filter, query)
        }
        var grouped = try aggregate(evaluator, filter: query.filter, aggregation)
        for (k, field) in decoded { grouped.columns[k] = plan.decode(grouped.columns[k], field: field) }
        if !query.windows.isEmpty { return try projectWindows(Evaluator(table: grouped, store: nil), filter: query.having, query) }
        return try project(Evaluator(table: grouped, store: nil), filter: query.having, query)
    }

    /// A source's table, with at least the `needed` columns filled.
    func table(of source: BoundQuery.Source, needed: Set<Int>) throws(QueryError) -> Table {
        switch source {
        case .corpus:
            return store.table(using: needed)
        case .view(let name, let inner, let at):
            do {
                return try run(inner).table()
            } catch {
                if error.message == "interrupted" { throw error }
                throw QueryError("in view '\(name)': \(error.message)", hint: error.hint, range: at ?? error.range)
            }
        case .single:
            return Table(columns: [], rowCount: 1)
        case .join(let join):
            return try JoinExecutor(executor: self).run(join, needed: needed)
        case .distinct(let inner):
            return SetOperations.distinct(try run(inner).table(), types: inner.types)
        case .setOperation(let op, let all, let left, let right, let types):
            return SetOperations.combine(op, all: all, try run(left).table(), try run(right).table(), types: types)
        }
    }

    /// With window functions: the rows passing `filter`, the windows computed over them, then the
    /// outputs and sort keys over the table with the windows' columns added.
    private func projectWindows(_ evaluator: Evaluator, filter: BoundExpression?, _ query: BoundQuery) throws(QueryError) -> Projection {
        var rows: [Int] = []
        try forEachChunk(of: evaluator.table, evaluator: evaluator, filter: filter) { (selected) throws(QueryError) in
            selected.forEach { _, row in rows.append(row) }
            return true
        }
        let windows = try WindowExecutor(evaluator: evaluator, cancellation: cancellation).compute(query.windows, rows: rows)
        var table = evaluator.table
        let count = table.rowCount
        let whole = rows.count == count
        table.columns.append(contentsOf: windows.map { whole ? $0 : $0.scattered(to: rows, count: count) })
        var kept = [Bool](repeating: whole, count: count)
        for row in rows { kept[row] = true }
        table.columns.append(.bool(Column(values: kept, valid: Array(repeating: true, count: count))))
        var extended = Evaluator(table: table, store: evaluator.store, lookups: evaluator.lookups)
        extended.neighbors = evaluator.neighbors
        let keep = BoundExpression(node: .column(table.columns.count - 1), type: .bool, range: SourceRange(start: 0, end: 0))
        return try project(extended, filter: whole ? nil : keep, query)
    }

    /// The rows of each chunk that pass the filter, chunk by chunk in table order. On a large table
    /// the filter is evaluated a window of chunks at a time on all cores (a text search reads every
    /// report's text); the body still sees the chunks in order, and stops the scan as before.
    private func forEachChunk(
        of table: Table, evaluator: Evaluator, filter: BoundExpression?, _ body: (RowSelection) throws(QueryError) -> Bool
    ) throws(QueryError) {
        let size = QueryExecutor.chunkSize
        let chunks = (table.rowCount + size - 1) / size
        let window = filter == nil || chunks < QueryExecutor.parallelChunks ? 1 : QueryExecutor.parallelChunks
        var first = 0
        while first < chunks {
            try cancellation?.check()
            let ranges = (first..<min(chunks, first + window)).map { $0 * size..<min(($0 + 1) * size, table.rowCount) }
            first += window
            var selections = ranges.map { Result<RowSelection, QueryError>.success(.range($0)) }
            if let filter {
                selections = ParallelChunks.map(ranges) { range in
                    Result { () throws(QueryError) in RowSelection.range(range).keeping(try evaluator.condition(filter, .range(range))) }
                }
            }
            for selection in selections {
                let rows = try selection.get()
                if rows.count > 0, try !body(rows) { return }
            }
        }
    }

    private func aggregate(
        _ evaluator: Evaluator, filter: BoundExpression?, _ aggregation: BoundQuery.Aggregation
    ) throws(QueryError) -> Table {
        let input = evaluator.table
        var index = GroupIndex(types: aggregation.keys.map(\.type))
        let states = aggregation.aggregates.map { call in
            AggregateStates.make(call, range: call.argument?.range ?? SourceRange(start: 0, end: 0))
        }
        try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (rows) throws(QueryError) in
            var keys: [ColumnVector] = []
            for key in aggregation.keys { keys.append(try evaluator.evaluate(key, rows)) }
            let groups = index.assign(keys, count: rows.count)
            for (call, state) in zip(aggregation.aggregates, states) {
                var (selected, members) = (rows, groups)
                if let filter = call.filter {
                    (selected, members) = QueryExecutor.keeping(try evaluator.condition(filter, rows), rows, groups)
                }
                let argument = try call.argument.map { (e: BoundExpression) throws(QueryError) in try evaluator.evaluate(e, selected) }
                try state.update(argument, groups: members, groupCount: index.groupCount)
            }
            return true
        }
        let columns = index.keyColumns() + states.map { $0.finish(groupCount: index.groupCount) }
        return Table(columns: columns, rowCount: index.groupCount)
    }

    /// The outputs of the rows passing `filter`, in order, after offset and limit. Without order by,
    /// outputs are computed chunk by chunk and scanning stops once offset + limit rows are found. With
    /// order by, only the sort keys are computed for every row; the outputs only for the rows kept.
    func project(_ evaluator: Evaluator, filter: BoundExpression?, _ query: BoundQuery) throws(QueryError) -> Projection {
        let input = evaluator.table
        let offset = query.offset ?? 0
        let wanted = query.limit.map { QueryExecutor.add($0, offset) }
        var rows: [Int] = []
        if query.orderBy.isEmpty {
            // Bare columns are gathered once at the end from the rows kept (a range when nothing was
            // filtered); other outputs are evaluated per chunk.
            let bare = query.outputs.map { output -> Int? in
                if case .column(let c) = output.node { return c }
                return nil
            }
            var outputs = query.outputs.map { ColumnBuilder($0.type) }
            var produced = 0
            // Every row wanted and many of them: the computed outputs on all cores (`computedOutputs`).
            var computed: [ColumnVector?] = query.outputs.map { _ in nil }
            if wanted == nil, bare.contains(nil), Morsels.splits(input.rowCount) {
                var chunks: [RowSelection] = []
                // A filter failing in a chunk fails the statement only after the chunks before it: an
                // output failing there gives its error, as on one thread (filter then outputs per chunk).
                var filterFailure: QueryError?
                do throws(QueryError) {
                    try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (selected) throws(QueryError) in
                        chunks.append(selected)
                        if filter != nil { selected.forEach { _, row in rows.append(row) } }
                        produced += selected.count
                        return true
                    }
                } catch { filterFailure = error }
                computed = try computedOutputs(evaluator, query.outputs, bare: bare, chunks: chunks, rows: produced)
                if let filterFailure { throw filterFailure }
            } else if wanted != 0 {
                try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (selected) throws(QueryError) in
                    let chunk = wanted.map { selected.prefix($0 - produced) } ?? selected
                    for (k, output) in query.outputs.enumerated() where bare[k] == nil {
                        outputs[k].append(try evaluator.evaluate(output, chunk))
                    }
                    if filter != nil { chunk.forEach { _, row in rows.append(row) } }
                    produced += chunk.count
                    return wanted.map { produced < $0 } ?? true
                }
            }
            let kept = RowSelection.range(min(offset, produced)..<produced)
            let source: RowSelection = filter == nil ? kept : .indices(Array(rows[min(offset, produced)..<produced]))
            let built = query.outputs.indices.map { k in
                bare[k].map { input.output($0, source) } ?? (column: computed[k] ?? outputs[k].build(), rows: kept, spans: nil)
            }
            var projection = Projection(columns: built.map(\.column), selections: built.map(\.rows), rowCount: kept.count)
            for (k, output) in built.enumerated() { projection.texts[k] = output.spans }
            return projection
        }
        // Without a filter every row is sorted, in table order, so a key that is a bare column is the
        // column itself: gathering it chunk by chunk copied every value (a text key retained and
        // released 100,000 strings, most of the time of `order by n desc, id limit 20`).
        let whole = query.orderBy.map { key -> ColumnVector? in
            guard filter == nil, case .column(let c) = key.expression.node else { return nil }
            return input.column(c)
        }
        var sortKeys = query.orderBy.map { ColumnBuilder($0.expression.type) }
        try forEachChunk(of: input, evaluator: evaluator, filter: filter) { (selected) throws(QueryError) in
            selected.forEach { _, row in rows.append(row) }
            for (k, key) in query.orderBy.enumerated() where whole[k] == nil {
                sortKeys[k].append(try evaluator.evaluate(key.expression, selected))
            }
            return true
        }
        try cancellation?.check()
        let keys = query.orderBy.indices.map { k in
            Sorter.Key(vector: whole[k] ?? sortKeys[k].build(), descending: query.orderBy[k].descending)
        }
        let order = Sorter.permutation(keys, count: rows.count, wanted: wanted)
        let kept = order[min(offset, order.count)..<min(wanted ?? order.count, order.count)].map { rows[$0] }
        var columns: [ColumnVector] = []
        var selections: [RowSelection?] = []
        var texts: [Int: TextSpans] = [:]
        for output in query.outputs {
            if case .column(let c) = output.node {
                let (column, rows, spans) = input.output(c, .indices(kept))
                texts[columns.count] = spans
                columns.append(column)
                selections.append(rows)
                continue
            }
            selections.append(nil)
            var builder = ColumnBuilder(output.type)
            var start = 0
            while start < kept.count {
                try cancellation?.check()
                let chunk = RowSelection.indices(Array(kept[start..<min(start + QueryExecutor.chunkSize, kept.count)]))
                builder.append(try evaluator.evaluate(output, chunk))
                start += QueryExecutor.chunkSize
            }
            columns.append(builder.build())
        }
        return Projection(columns: columns, selections: selections, rowCount: kept.count, texts: texts)
    }

    /// `filter (where …)`: the rows where the condition is true, with their groups.
    static func keeping(_ condition: Column<Bool>, _ rows: RowSelection, _ groups: [Int]) -> (RowSelection, [Int]) {
        var kept: [Int] = []
        var members: [Int] = []
        for k in 0..<rows.count where condition.valid[k] && condition.values[k] {
            kept.append(rows.row(k))
            members.append(groups[k])
        }
        return (.indices(kept), members)
    }

    /// Addition that stops at Int.max (limit and offset may be any 64-bit number).
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
