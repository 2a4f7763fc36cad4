import ReportModel

/// The equality keys of a join as the vectors the hash join numbers (`GroupIndex`).
///
/// The rule: a key that is a dictionary-encoded corpus field on both sides (`p.agency = r.agency`)
/// is hashed as its dictionary codes, not its text — equal codes are equal texts (`TextKey`, byte for
/// byte), so the result is the same and no text is hashed. The same field on both sides has the same
/// dictionary; two different fields (`p.city = r.agency`) have one each, so the right side's codes
/// are first put in the left dictionary's numbering, one distinct value at a time (a value the left
/// never has gets -2, which no left row has; null stays null). Any other key (a view's column, an
/// expression, a field against a view's column) is evaluated on its table.
struct JoinKeys {
    let store: ColumnStore

    func vectors(
        _ join: BoundJoin, _ left: Table, _ right: Table, _ leftKeys: [BoundExpression], _ rightKeys: [BoundExpression]
    ) throws(QueryError) -> (left: [ColumnVector], right: [ColumnVector]) {
        var leftVectors: [ColumnVector] = []
        var rightVectors: [ColumnVector] = []
        for (l, r) in zip(leftKeys, rightKeys) {
            if let a = coded(l, join.left), let b = coded(r, join.right), let da = store.dictionary(a), let db = store.dictionary(b) {
                leftVectors.append(JoinKeys.vector(da.codes.map { Int($0) }))
                rightVectors.append(JoinKeys.vector(a == b ? db.codes.map { Int($0) } : JoinKeys.translated(db, into: da)))
            } else {
                leftVectors.append(try Evaluator(table: left, store: nil).evaluate(l, .range(0..<left.rowCount)))
                rightVectors.append(try Evaluator(table: right, store: nil).evaluate(r, .range(0..<right.rowCount)))
            }
        }
        return (leftVectors, rightVectors)
    }

    /// The field of a key that is a bare dictionary-encoded field of the corpus.
    private func coded(_ key: BoundExpression, _ side: BoundQuery.Source) -> Int? {
        guard case .corpus = side, case .column(let field) = key.node, store.dictionaryFields.contains(field) else { return nil }
        return field
    }

    /// `right`'s row codes in `left`'s numbering (-2 for a text `left` does not have, -1 for null).
    static func translated(_ right: TextDictionary, into left: TextDictionary) -> [Int] {
        var index: [TextKey: Int] = [:]
        index.reserveCapacity(left.values.count)
        for (code, value) in left.values.enumerated() { index[TextKey(value)] = code }
        let codes = right.values.map { index[TextKey($0)] ?? -2 }
        return right.codes.map { $0 >= 0 ? codes[Int($0)] : -1 }
    }

    /// Codes as an integer key vector: -1 is null.
    private static func vector(_ codes: [Int]) -> ColumnVector {
        .integer(Column(values: codes, valid: codes.map { $0 != -1 }))
    }
}
