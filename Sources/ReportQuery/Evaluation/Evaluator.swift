import ReportModel

/// Evaluates bound expressions over a selection of a table's rows, a whole vector at a time: each
/// node dispatches on its type once per chunk, and the loops inside touch only typed arrays.
struct Evaluator {
    let table: Table
    /// The corpus store when the table is the corpus (for `source()` and the text dictionaries).
    let store: ColumnStore?
    /// Values precomputed per dictionary code (`DictionaryPlan`).
    var lookups: [ColumnVector] = []
    /// `prev`/`next`: for offset -1 and 1, each row's neighbour row or -1 (`NeighborIndex`).
    var neighbors: [Int: [Int]] = [:]

    func evaluate(_ e: BoundExpression, _ rows: RowSelection) throws(QueryError) -> ColumnVector {
        let n = rows.count
        switch e.node {
        case .column(let index):
            return table.gather(index, rows)
        case .constant(let value):
            return .filled(value, e.type, count: n)
        case .cast(let inner):
            if inner.type == .null { return .nulls(e.type, count: n) }
            let vector = try evaluate(inner, rows)
            if case .integer(let c) = vector, e.type == .decimal {
                return .decimal(Column(values: c.values.map { Double($0) }, valid: c.valid))
            }
            return vector
        case .negate(let inner):
            return try negate(try evaluate(inner, rows), range: e.range)
        case .arithmetic(let op, let a, let b):
            return try arithmetic(op, try evaluate(a, rows), try evaluate(b, rows), range: e.range)
        case .compare(let op, let a, let b):
            if case .constant(.text(let constant)) = b.node, case .column(let index) = a.node, table.hasBytes(index) {
                let target = Array(constant.utf8)
                let test = Evaluator.textComparison(op)
                return .bool(try textTest(a, rows, bytes: { bytes in
                    target.withUnsafeBufferPointer { test(TextOrder.compare(bytes, $0)) }
                }) { test(TextOrder.compare($0, constant)) })
            }
            return .bool(Evaluator.compare(op, try evaluate(a, rows), try evaluate(b, rows)))
        case .and(let a, let b):
            let x = try condition(a, rows)
            return .bool(Evaluator.and(x, try condition(b, rows, unless: false, in: x)))
        case .or(let a, let b):
            let x = try condition(a, rows)
            return .bool(Evaluator.or(x, try condition(b, rows, unless: true, in: x)))
        case .not(let inner):
            let c = try condition(inner, rows)
            return .bool(Column(values: c.values.map { !$0 }, valid: c.valid))
        case .isNull(let inner, let negated):
            let valid = try evaluate(inner, rows).valid
            return .bool(Column(values: negated ? valid : valid.map { !$0 }, valid: Array(repeating: true, count: n)))
        case .inList(let inner, let values, let hasNull):
            return .bool(Evaluator.member(try evaluate(inner, rows), of: values, hasNull: hasNull))
        case .like(let a, let b):
            if case .constant(.text(let constant)) = b.node {
                let pattern = LikePattern(constant)
                return .bool(try textTest(a, rows, bytes: { pattern.match($0) }) { pattern.matches($0) })
            }
            return .bool(try textPredicate(a, b, rows) { text, pattern in LikePattern(pattern).matches(text) })
        case .contains(let a, let b):
            if case .constant(.text(let constant)) = b.node {
                let needle = Array(constant.utf8)
                return .bool(try textTest(a, rows, bytes: { TextSearch.search($0, needle) }) { TextSearch.contains($0, needle) })
            }
            return .bool(try textPredicate(a, b, rows) { text, part in TextSearch.contains(text, Array(part.utf8)) })
        case .function(let function, let arguments):
            return try call(function, arguments, rows, e)
        case .caseWhen(let branches, let otherwise):
            return try caseWhen(branches, otherwise: otherwise, rows, type: e.type)
        case .convert(let inner, let target, let orNull):
            return try convert(inner, to: target, orNull: orNull, rows, e)
        case .source(let field):
            if let origin = table.origins.first(where: { $0.columns.contains(field) }) { return .text(origin.source(field, rows)) }
            guard let store else { return .nulls(.text, count: n) }
            return .text(Column.build(count: n, placeholder: "") { k in store.source(row: rows.row(k), field: field) })
        case .aggregate:
            preconditionFailure("aggregates are evaluated by the aggregator")
        case .neighbor(let inner, let offset):
            guard let partners = neighbors[offset], table.rowCount > 0 else { return .nulls(e.type, count: n) }
            var indices = [Int](repeating: 0, count: n)
            var found = [Bool](repeating: false, count: n)
            rows.forEach { k, row in
                let partner = partners[row]
                indices[k] = max(partner, 0)
                found[k] = partner >= 0
            }
            return try evaluate(inner, .indices(indices)).masked(found)
        case .subquery, .exists, .inSubquery, .window:
            throw QueryError("internal error: '\(e.range)' was not prepared for evaluation", range: e.range)
        case .dictionaryCodes(let field):
            let codes = codes(field, rows)
            return .integer(Column(values: codes.map { Int($0) }, valid: codes.map { $0 >= 0 }))
        case .dictionaryRanks(let field):
            let codes = codes(field, rows)
            let ranks = store?.ranks(of: field) ?? []
            return .integer(Column(values: codes.map { $0 >= 0 ? Int(ranks[Int($0)]) : 0 }, valid: codes.map { $0 >= 0 }))
        case .dictionaryLookup(let field, let slot):
            let nullRow = Int32(store?.dictionary(field)?.values.count ?? 0)
            return lookups[slot].gather(.indices(codes(field, rows).map { Int($0 >= 0 ? $0 : nullRow) }))
        }
    }

    /// The dictionary codes of a field's selected rows (-1 for null).
    private func codes(_ field: Int, _ rows: RowSelection) -> [Int32] {
        guard let codes = store?.dictionary(field)?.codes else { return Array(repeating: -1, count: rows.count) }
        switch rows {
        case .range(let range): return Array(codes[range])
        case .indices(let indices): return Column<Int32>.gather(codes, indices)
        }
    }

    /// The right side of `and` (`or`): evaluated only on the rows where the left side is not already
    /// false (true), so a right side that would fail on the other rows does not. The skipped rows are null.
    private func condition(_ e: BoundExpression, _ rows: RowSelection, unless decided: Bool, in left: Column<Bool>) throws(QueryError) -> Column<Bool> {
        var needed: [Int] = []
        for k in 0..<left.count where !(left.valid[k] && left.values[k] == decided) { needed.append(k) }
        if needed.count == left.count { return try condition(e, rows) }
        var result = Column(repeating: false, valid: false, count: left.count)
        if needed.isEmpty { return result }
        let partial = try condition(e, .indices(needed.map { rows.row($0) }))
        for (i, k) in needed.enumerated() {
            result.values[k] = partial.values[i]
            result.valid[k] = partial.valid[i]
        }
        return result
    }

    /// A true/false vector (the binder has made sure of the type).
    func condition(_ e: BoundExpression, _ rows: RowSelection) throws(QueryError) -> Column<Bool> {
        guard case .bool(let c) = try evaluate(e, rows) else {
            return Column(repeating: false, valid: false, count: rows.count)
        }
        return c
    }

    /// A test of each text value against a constant (null stays null). A column held as bytes or
    /// with a byte layout is tested on its bytes; another stored text column is read in place rather
    /// than gathered.
    private func textTest(
        _ a: BoundExpression, _ rows: RowSelection, bytes: (UnsafeBufferPointer<UInt8>) -> Bool, _ test: (String) -> Bool
    ) throws(QueryError) -> Column<Bool> {
        if case .column(let index) = a.node, let spans = table.spans[index] {
            return Evaluator.test(spans, valid: spans.valid, rows, bytes)
        }
        if case .column(let index) = a.node, let layout = table.layouts[index], case .text(let stored) = table.columns[index] {
            return Evaluator.test(layout, valid: stored.valid, rows, bytes)
        }
        if case .column(let index) = a.node, case .text(let stored) = table.columns[index] {
            var values = [Bool](repeating: false, count: rows.count)
            var valid = [Bool](repeating: false, count: rows.count)
            rows.forEach { k, row in
                if stored.valid[row] {
                    values[k] = test(stored.values[row])
                    valid[k] = true
                }
            }
            return Column(values: values, valid: valid)
        }
        guard case .text(let x) = try evaluate(a, rows) else {
            return Column(repeating: false, valid: false, count: rows.count)
        }
        var values = [Bool](repeating: false, count: x.count)
        for i in 0..<x.count where x.valid[i] { values[i] = test(x.values[i]) }
        return Column(values: values, valid: x.valid)
    }

    /// A test of the selected rows' bytes (null where `valid` is false).
    private static func test(
        _ texts: some ByteTexts, valid: [Bool], _ rows: RowSelection, _ bytes: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Column<Bool> {
        var values = [Bool](repeating: false, count: rows.count)
        var kept = [Bool](repeating: false, count: rows.count)
        texts.withTexts { text in
            rows.forEach { k, row in
                if valid[row] {
                    values[k] = bytes(text(row))
                    kept[k] = true
                }
            }
        }
        return Column(values: values, valid: kept)
    }

    /// A test of each pair of text values (null when either is null).
    private func textPredicate(
        _ a: BoundExpression, _ b: BoundExpression, _ rows: RowSelection, _ test: (String, String) -> Bool
    ) throws(QueryError) -> Column<Bool> {
        guard case .text(let x) = try evaluate(a, rows), case .text(let y) = try evaluate(b, rows) else {
            return Column(repeating: false, valid: false, count: rows.count)
        }
        var values = [Bool](repeating: false, count: x.count)
        var valid = [Bool](repeating: false, count: x.count)
        for i in 0..<x.count where x.valid[i] && y.valid[i] {
            values[i] = test(x.values[i], y.values[i])
            valid[i] = true
        }
        return Column(values: values, valid: valid)
    }
}
