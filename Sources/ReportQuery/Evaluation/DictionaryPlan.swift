/// Rewrites a corpus query's row-level expressions to use the store's text dictionaries:
///
/// - a subexpression that reads only one dictionary-encoded field with at most half as many distinct
///   values as rows, or at most 64 (and cannot fail), is evaluated once per distinct value, and rows look their result
///   up by code (`province = '山东省'`, `agency ~ '局'`); fields with more distinct values are scanned
///   row by row on their byte layout;
/// - a group key or `count(distinct …)` that is such a field uses its integer codes;
/// - a sort key that is such a field uses the rank of its value;
/// - a window's partition key that is such a field uses its codes, an order key its ranks.
struct DictionaryPlan {
    let store: ColumnStore
    /// The precomputed results, one vector per slot, indexed by code (null rows at the end).
    private(set) var lookups: [ColumnVector] = []

    init(store: ColumnStore) { self.store = store }

    /// A bare dictionary-encoded field.
    func dictionaryField(_ e: BoundExpression) -> Int? {
        if case .column(let field) = e.node, store.dictionary(field) != nil { return field }
        return nil
    }

    /// Replaces the largest subexpressions that depend on one dictionary field only.
    mutating func rewrite(_ e: BoundExpression) -> BoundExpression {
        switch e.node {
        case .column, .constant: return e
        default: break
        }
        if let field = soleField(e), !DictionaryPlan.canFail(e), let dictionary = store.dictionary(field),
           dictionary.values.count <= max(64, store.rowCount / 2) {
            let local = DictionaryPlan.renumber(e, field)
            let evaluator = Evaluator(table: dictionary.table, store: nil)
            if let values = try? evaluator.evaluate(local, .range(0..<dictionary.values.count + 1)) {
                lookups.append(values)
                return BoundExpression(node: .dictionaryLookup(field, slot: lookups.count - 1), type: e.type, range: e.range)
            }
        }
        return e.mapChildren { rewrite($0) }
    }

    /// The one field an expression reads, if it reads exactly one and nothing row-specific besides.
    private func soleField(_ e: BoundExpression) -> Int? {
        var field: Int?
        var eligible = true
        func visit(_ e: BoundExpression) {
            switch e.node {
            case .column(let c):
                if field == nil { field = c } else if field != c { eligible = false }
            case .source, .aggregate, .dictionaryCodes, .dictionaryRanks, .dictionaryLookup, .neighbor, .window, .subquery, .exists,
                 .inSubquery:
                eligible = false
            default:
                e.children.forEach(visit)
            }
        }
        visit(e)
        return eligible ? field : nil
    }

    /// Whether evaluating could raise an error (overflow): such expressions run on the rows only, so
    /// a value no selected row has cannot fail the query.
    private static func canFail(_ e: BoundExpression) -> Bool {
        switch e.node {
        case .arithmetic, .negate: return true
        case .convert(_, _, let orNull) where !orNull: return true
        case .function(let f, _) where f == .round || f == .abs: return true
        default: return e.children.contains(where: canFail)
        }
    }

    /// The expression with `field` read as column 0 (of a dictionary's table).
    private static func renumber(_ e: BoundExpression, _ field: Int) -> BoundExpression {
        if case .column = e.node { return BoundExpression(node: .column(0), type: e.type, range: e.range) }
        return e.mapChildren { renumber($0, field) }
    }
}

extension DictionaryPlan {
    /// The query with its row-level expressions rewritten; `decoded` maps group keys that now yield
    /// codes to their field, to turn the codes back into text after grouping.
    mutating func apply(_ query: BoundQuery) -> (query: BoundQuery, decoded: [Int: Int]) {
        var query = query
        var decoded: [Int: Int] = [:]
        query.filter = query.filter.map { rewrite($0) }
        if var aggregation = query.aggregation {
            for (k, key) in aggregation.keys.enumerated() {
                if let field = dictionaryField(key) {
                    aggregation.keys[k] = BoundExpression(node: .dictionaryCodes(field), type: .integer, range: key.range)
                    decoded[k] = field
                } else {
                    aggregation.keys[k] = rewrite(key)
                }
            }
            for (a, call) in aggregation.aggregates.enumerated() {
                aggregation.aggregates[a].filter = call.filter.map { rewrite($0) }
                guard let argument = call.argument else { continue }
                if call.function == .count, call.distinct, let field = dictionaryField(argument) {
                    aggregation.aggregates[a].argument = BoundExpression(node: .dictionaryCodes(field), type: .integer,
                                                                         range: argument.range)
                } else {
                    aggregation.aggregates[a].argument = rewrite(argument)
                }
            }
            query.aggregation = aggregation
        } else {
            query.outputs = query.outputs.map { rewrite($0) }
            query.windows = query.windows.map(window)
            for (k, key) in query.orderBy.enumerated() {
                if let field = dictionaryField(key.expression) {
                    query.orderBy[k].expression = BoundExpression(node: .dictionaryRanks(field), type: .integer,
                                                                  range: key.expression.range)
                } else {
                    query.orderBy[k].expression = rewrite(key.expression)
                }
            }
        }
        return (query, decoded)
    }

    /// A window over the corpus: a partition key that is such a field is numbered by its codes, an
    /// order key sorted by its ranks (the window's values are the same; no text is hashed or compared).
    private func window(_ call: WindowCall) -> WindowCall {
        var call = call
        call.partition = call.partition.map { key in
            dictionaryField(key).map { BoundExpression(node: .dictionaryCodes($0), type: .integer, range: key.range) } ?? key
        }
        call.order = call.order.map { key in
            dictionaryField(key).map { BoundExpression(node: .dictionaryRanks($0), type: .integer, range: key.range) } ?? key
        }
        return call
    }

    /// A key column of codes turned back into the field's text.
    func decode(_ column: ColumnVector, field: Int) -> ColumnVector {
        guard case .integer(let codes) = column, let dictionary = store.dictionary(field) else { return column }
        let values = codes.values.indices.map { codes.valid[$0] ? dictionary.values[codes.values[$0]] : "" }
        return .text(Column(values: values, valid: codes.valid))
    }
}
