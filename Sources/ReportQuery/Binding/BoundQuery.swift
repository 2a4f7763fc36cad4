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
        case view(name: String, query: BoundQuery)
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

    var types: [ValueType] { outputs.map(\.type) }

    var columns: [ResultColumn] { zip(names, outputs).map { ResultColumn(name: $0, type: $1.type.fieldType) } }
}

extension BoundQuery {
    /// The source columns the query may read (its filter, grouping keys, aggregate arguments, outputs and
    /// sort keys; with aggregation some of these index the aggregate table instead, which only adds
    /// columns): the column store builds its lazy columns from this.
    var sourceColumns: Set<Int> {
        var expressions = outputs + orderBy.map(\.expression)
        if let filter { expressions.append(filter) }
        if let aggregation {
            expressions += aggregation.keys
            expressions += aggregation.aggregates.compactMap(\.argument)
            expressions += aggregation.aggregates.compactMap(\.filter)
        }
        var columns: Set<Int> = []
        while let expression = expressions.popLast() {
            if case .column(let index) = expression.node { columns.insert(index) }
            expressions += expression.children
        }
        return columns
    }
}
