import ReportModel

/// A text constant compared with a corpus text field (`level = 'county '`), noted while binding so
/// the engine can warn when the loaded reports never hold that value (`ValueWarnings`).
struct ComparedValue: Sendable, Hashable {
    var field: FieldID
    var value: String
    /// The constant's place in the statement.
    var range: SourceRange
}

/// What binding noticed besides the bound query; shared by a binder and its children (subqueries).
final class BindingNotes {
    var comparedValues: [ComparedValue] = []
}

extension Binder {
    /// `constant` compared with `other`: when `other` is a corpus column of a field with value names
    /// (`FieldValueAliases`), a Chinese name becomes the value it names (`'县级'` → `'county'`); a
    /// text constant compared with a corpus text field is noted.
    func naming(_ constant: BoundExpression, comparedWith other: BoundExpression) -> BoundExpression {
        guard case .constant(.text(let text)) = constant.node, case .column(let column) = other.node,
              let field = scope.corpusField(ofColumn: column), other.type == .text else { return constant }
        let name = catalog.fields[field.rawValue].name
        let value = FieldValueAliases.canonical(text, field: name) ?? text
        notes?.comparedValues.append(ComparedValue(field: field, value: value, range: constant.range))
        return value == text ? constant : self.constant(.text(value), .text, constant.range)
    }
}

extension Scope {
    /// The catalog field a column of this scope reads directly: a corpus column, or a join's column
    /// from a corpus table; nil for a view's or a subquery's column.
    func corpusField(ofColumn column: Int) -> FieldID? {
        switch kind {
        case .corpus:
            return column >= 0 && column < catalog.fields.count ? FieldID(column) : nil
        case .joined:
            guard let relation = relations.last(where: { $0.offset <= column }) else { return nil }
            return relation.scope.corpusField(ofColumn: column - relation.offset)
        case .view:
            return nil
        }
    }
}
