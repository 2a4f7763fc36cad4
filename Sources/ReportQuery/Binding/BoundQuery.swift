import ReportModel

/// A query with every name resolved and every type checked, ready to run.
///
/// Without aggregation, `outputs`, `orderBy` read the source table (after `filter`). With aggregation,
/// the source rows that pass `filter` are grouped by `keys`; each group yields one row of the
/// aggregate table (the key values, then the aggregate values), and `having`, `outputs` and `orderBy`
/// read that table.
struct BoundQuery: Sendable {
    indirect enum Source: Sendable {
        case corpus
        /// A view, a `with` table or a subquery in `from`: its result is the table. `at` is where a
        /// stored view is named in the statement (an error running it points there, since its own
        /// ranges are in the view's text); nil for a `with` table or subquery, whose text is the statement's.
        case view(name: String, query: BoundQuery, at: SourceRange? = nil)
        /// No `from` and no field read: one row with no columns (`select 1 + 1`).
        case single
        case join(BoundJoin)
        /// The distinct rows of a query's result (`select distinct`).
        case distinct(BoundQuery)
        case setOperation(SetOperator, all: Bool, BoundQuery, BoundQuery, types: [ValueType])
    }

    struct Aggregation: Sendable {
        var keys: [BoundExpression]
        var aggregates: [AggregateCall]
    }

    struct SortKey: Sendable {
        var expression: BoundExpression
        var descending: Bool
    }

    var source: Source
    var filter: BoundExpression?
    var aggregation: Aggregation?
    var having: BoundExpression?
    var outputs: [BoundExpression]
    var orderBy: [SortKey]
    var limit: Int?
    var offset: Int?
    /// Result column names (alias, or the expression as typed).
    var names: [String]
    /// Window functions, computed over the rows that pass `filter` (or `having`): window `k` is column
    /// `windowBase + k` for the outputs and sort keys.
    var windows: [WindowCall] = []
    var windowBase = 0
    /// The `agency` and `year` columns of the source, when `prev`/`next` is used.
    var neighborKeys: (agency: Int, year: Int)?

    var types: [ValueType] { outputs.map(\.type) }

    var columns: [ResultColumn] { zip(names, outputs).map { ResultColumn(name: $0, type: $1.type.fieldType) } }
}

extension BoundQuery {
    /// The source columns the query may read: its filter, and without aggregation its outputs, sort keys
    /// and windows; with aggregation the grouping keys, aggregate arguments and aggregate filters instead
    /// (outputs, `having`, sort keys and windows then read the aggregate table, whose column `k` is no
    /// source column: counting them built a column of 100,000 ids for `select count(*)`), and with
    /// `prev`/`next` the `agency` and `year` the neighbours are found by. The column store builds its
    /// lazy columns from this; a column read but not listed is an empty column (it fails loudly).
    var sourceColumns: Set<Int> {
        var expressions = filter.map { [$0] } ?? []
        if let aggregation {
            expressions += aggregation.keys
            expressions += aggregation.aggregates.compactMap(\.argument)
            expressions += aggregation.aggregates.compactMap(\.filter)
        } else {
            expressions += outputs + orderBy.map(\.expression) + windows.flatMap(\.expressions)
        }
        var columns: Set<Int> = neighborKeys.map { [$0.agency, $0.year] } ?? []
        while let expression = expressions.popLast() {
            if case .column(let index) = expression.node { columns.insert(index) }
            expressions += expression.children
        }
        return columns
    }
}

/// A join as bound: each side's table, and the condition split into equality keys (hashed) and the
/// rest (`residual`, tested on each pair). Left columns come first in the joined table: column `c`
/// of the right side is column `leftWidth + c`.
struct BoundJoin: Sendable {
    var kind: JoinKind
    var left: BoundQuery.Source
    var right: BoundQuery.Source
    var leftWidth: Int
    /// The joined table's column types.
    var types: [ValueType]
    /// Equal-length key lists: `leftKeys[k]` over the left table equals `rightKeys[k]` over the right.
    var leftKeys: [BoundExpression]
    var rightKeys: [BoundExpression]
    /// The rest of the `on` condition, over the joined table.
    var residual: BoundExpression?
}

extension BoundQuery {
    /// The query with every expression it evaluates transformed (not those of its source).
    func mapExpressions<E: Error>(_ transform: (BoundExpression) throws(E) -> BoundExpression) throws(E) -> BoundQuery {
        var copy = self
        if let filter { copy.filter = try transform(filter) }
        if let having { copy.having = try transform(having) }
        copy.outputs = []
        for e in outputs { copy.outputs.append(try transform(e)) }
        for k in orderBy.indices { copy.orderBy[k].expression = try transform(orderBy[k].expression) }
        if var aggregation {
            for k in aggregation.keys.indices { aggregation.keys[k] = try transform(aggregation.keys[k]) }
            for k in aggregation.aggregates.indices {
                if let argument = aggregation.aggregates[k].argument { aggregation.aggregates[k].argument = try transform(argument) }
            }
            copy.aggregation = aggregation
        }
        copy.windows = []
        for window in windows { copy.windows.append(try window.mapExpressions(transform)) }
        return copy
    }
}
