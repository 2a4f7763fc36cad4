import ReportModel

/// A join of two tables: a hash join on the equality keys of the `on` condition (`using` columns
/// included), the rest of the condition tested on each candidate pair. The right side is hashed; the
/// left side probes it in row order, so the result lists each left row's matches in right-row order.
/// A left join keeps a left row without a match once, its right columns null. Rows with a null key
/// match nothing (`null = null` is not true). On many pairs the probe (`JoinProbe`) and the gathering
/// of the pairs' columns run on all cores (`Morsels`), giving the same rows in the same order.
struct JoinExecutor {
    /// More joined rows than this is an error (a cross join of two large tables), not an exhausted machine.
    static let maximumRows = 20_000_000

    let executor: QueryExecutor

    /// The joined table: every column position present, but only the `needed` ones filled.
    func run(_ join: BoundJoin, needed: Set<Int>) throws(QueryError) -> Table {
        let residual = try join.residual.map { (e: BoundExpression) throws(QueryError) in try executor.resolve(e) }
        var leftKeys: [BoundExpression] = []
        for key in join.leftKeys { leftKeys.append(try executor.resolve(key)) }
        var rightKeys: [BoundExpression] = []
        for key in join.rightKeys { rightKeys.append(try executor.resolve(key)) }
        let width = join.leftWidth
        let tested = residual.map(Binder.columns) ?? []
        let all = needed.union(tested)
        let neededLeft = all.filter { $0 < width }.union(leftKeys.flatMap(Binder.columns))
        let neededRight = Set(all.filter { $0 >= width }.map { $0 - width }).union(rightKeys.flatMap(Binder.columns))
        let left = try executor.table(of: join.left, needed: neededLeft)
        let right = try executor.table(of: join.right, needed: neededRight)
        var (leftRows, rightRows) = try candidates(join, left, right, leftKeys, rightKeys)
        if let residual {
            let pairs = assemble(join, left, right, leftRows, rightRows, columns: tested)
            let evaluator = Evaluator(table: pairs, store: nil)
            var keptLeft: [Int] = []
            var keptRight: [Int] = []
            var start = 0
            while start < pairs.rowCount {
                try executor.cancellation?.check()
                let range = start..<min(start + QueryExecutor.chunkSize, pairs.rowCount)
                let test = try evaluator.condition(residual, .range(range))
                for k in range where test.valid[k - start] && test.values[k - start] {
                    keptLeft.append(leftRows[k])
                    keptRight.append(rightRows[k])
                }
                start = range.upperBound
            }
            (leftRows, rightRows) = (keptLeft, keptRight)
        }
        if join.kind == .left { (leftRows, rightRows) = JoinExecutor.padded(leftRows, rightRows, leftCount: left.rowCount) }
        return assemble(join, left, right, leftRows, rightRows, columns: needed)
    }

    /// The candidate pairs: equal keys (hashed, as `JoinKeys` gives them), or every pair when there are no keys.
    private func candidates(
        _ join: BoundJoin, _ left: Table, _ right: Table, _ leftKeys: [BoundExpression], _ rightKeys: [BoundExpression]
    ) throws(QueryError) -> ([Int], [Int]) {
        let (n, m) = (left.rowCount, right.rowCount)
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        guard !leftKeys.isEmpty else {
            guard n.multipliedReportingOverflow(by: m).partialValue <= JoinExecutor.maximumRows, n <= JoinExecutor.maximumRows,
                  m <= JoinExecutor.maximumRows else { throw tooLarge() }
            for l in 0..<n {
                try executor.cancellation?.check()
                leftRows += repeatElement(l, count: m)
                rightRows += 0..<m
            }
            return (leftRows, rightRows)
        }
        let (leftVectors, rightVectors) = try JoinKeys(store: executor.store).vectors(join, left, right, leftKeys, rightKeys)
        var index = GroupIndex(types: leftVectors.map(\.type))
        let rightGroups = index.assign(rightVectors, count: m)
        let hashed = index.groupCount
        let leftGroups = index.assign(leftVectors, count: n)
        let rightValid = JoinExecutor.allValid(rightVectors, count: m)
        let leftValid = JoinExecutor.allValid(leftVectors, count: n)
        let probe = JoinProbe(rightGroups: rightGroups, rightValid: rightValid, hashed: hashed)
        let cancellation = executor.cancellation
        let check = { () throws(QueryError) in if let cancellation { try cancellation.check() } }
        guard let pairs = try probe.pairs(leftGroups: leftGroups, leftValid: leftValid, maximum: JoinExecutor.maximumRows, check: check)
        else { throw tooLarge() }
        return pairs
    }

    private func tooLarge() -> QueryError {
        QueryError("the join would have more than \(JoinExecutor.maximumRows) rows",
                   hint: "join on equal keys (on p.agency = r.agency and p.year = r.year - 1), or filter the tables first")
    }

    private static func allValid(_ vectors: [ColumnVector], count: Int) -> [Bool] {
        var valid = [Bool](repeating: true, count: count)
        for vector in vectors {
            let v = vector.valid
            for i in 0..<count where !v[i] { valid[i] = false }
        }
        return valid
    }

    /// Adds, after each left row's matches, nothing; in place of a left row without one, that row with
    /// no right row (-1).
    private static func padded(_ leftRows: [Int], _ rightRows: [Int], leftCount: Int) -> ([Int], [Int]) {
        var l: [Int] = []
        var r: [Int] = []
        l.reserveCapacity(max(leftRows.count, leftCount))
        r.reserveCapacity(max(leftRows.count, leftCount))
        var k = 0
        for row in 0..<leftCount {
            if k < leftRows.count, leftRows[k] == row {
                while k < leftRows.count, leftRows[k] == row {
                    l.append(row)
                    r.append(rightRows[k])
                    k += 1
                }
            } else {
                l.append(row)
                r.append(-1)
            }
        }
        return (l, r)
    }

    /// The joined table of the pairs, with the columns `columns` filled (the others empty, never read)
    /// and the corpus rows of each pair (`RowOrigin`).
    private func assemble(
        _ join: BoundJoin, _ left: Table, _ right: Table, _ leftRows: [Int], _ rightRows: [Int], columns: Set<Int>
    ) -> Table {
        var vectors = join.types.map { ColumnVector.empty($0) }
        let filled = columns.filter { $0 < vectors.count }.sorted()
        let (types, width) = (join.types, join.leftWidth)
        let gather = { @Sendable (c: Int) -> ColumnVector in
            c < width ? left.gatherPadded(c, leftRows, type: types[c]) : right.gatherPadded(c - width, rightRows, type: types[c])
        }
        // Each column gathered on its own thread when the pairs are many (`Morsels`).
        let gathered = Morsels.splits(leftRows.count) ? ParallelChunks.map(filled, gather) : filled.map(gather)
        for (c, vector) in zip(filled, gathered) { vectors[c] = vector }
        var table = Table(columns: vectors, rowCount: leftRows.count)
        table.origins = RowOrigin.joined(join, store: executor.store, left, right, leftRows, rightRows)
        return table
    }
}
