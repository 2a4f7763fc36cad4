import ReportModel

/// Names qualified by a table's alias, and names that two joined tables share.
///
/// The rule (dotted field names make `x.rest` ambiguous): `x.rest` is the field `rest` of the table
/// whose alias is `x` only when `x` is a declared alias (`from reports r`, `join v p`; a table without
/// alias is known by its name) — then `rest` must be a field of that table. Otherwise the whole name
/// is a field name (`requests.new`). A table written without alias is known by its name (`from t`:
/// `t.year`); there, when `rest` is no field of it, the whole name is tried as a field name. In a join, an unqualified name that more than one table has is
/// an error listing each qualified form, except a `using` column, which means the left table's.
extension Scope {
    /// The column a name means, or nil when no table has it; throws when it is ambiguous or names a
    /// missing field of an aliased table.
    func column(_ name: String, range: SourceRange) throws(QueryError) -> Int? {
        if let dot = name.firstIndex(of: "."), let table = relation(named: String(name[..<dot])) {
            let rest = String(name[name.index(after: dot)...])
            if let column = table.scope.resolve(rest) { return column + table.offset }
            if table.implicit, let column = try unqualified(name, range: range) { return column }
            var error = table.scope.unknownName(rest, range: range, resultNames: [])
            error.message += " in '\(table.alias)'"
            throw error
        }
        return try unqualified(name, range: range)
    }

    private func unqualified(_ name: String, range: SourceRange) throws(QueryError) -> Int? {
        guard kind == .joined else { return resolve(name) }
        let matches = relations.compactMap { r in r.scope.resolve(name).map { (r.alias, $0 + r.offset) } }
            .filter { !hidden.contains($0.1) }
        guard matches.count > 1 else { return matches.first?.1 }
        let forms = matches.map { "\($0.0).\(name)" }
        throw QueryError("'\(name)' is ambiguous: it is \(forms.joined(separator: " and "))",
                         hint: "qualify it with its table's alias: \(forms[0])", range: range)
    }

    /// The table with this alias (case-insensitive): this one, or one of a join's.
    func relation(named alias: String) -> Relation? {
        let lower = alias.lowercased()
        if kind == .joined { return relations.first { $0.alias.lowercased() == lower } }
        guard let own = self.alias, own.lowercased() == lower else { return nil }
        var inner = self
        inner.alias = nil
        return Relation(alias: own, implicit: implicitAlias, scope: inner, offset: 0)
    }

    /// This scope as the tables of a join: its own relations, or itself under its alias or `name`.
    func asRelations(defaultName: String) -> [Relation] {
        if kind == .joined { return relations }
        var inner = self
        inner.alias = nil
        return [Relation(alias: alias ?? defaultName, implicit: alias == nil || implicitAlias, scope: inner, offset: 0)]
    }

    /// Two scopes side by side (left columns first).
    static func joined(_ left: Scope, _ right: Scope, leftName: String, rightName: String, catalog: FieldCatalog) throws(QueryError) -> Scope {
        var scope = Scope(kind: .joined, names: left.names + right.names, types: left.types + right.types, catalog: catalog)
        let width = left.names.count
        scope.relations = left.asRelations(defaultName: leftName)
            + right.asRelations(defaultName: rightName).map { Relation(alias: $0.alias, implicit: $0.implicit, scope: $0.scope, offset: $0.offset + width) }
        scope.hidden = left.hidden.union(right.hidden.map { $0 + width })
        return scope
    }
}

extension Binder {
    /// The columns `*` means for one table of a join (`p.*`): every field or view column, without
    /// the right-hand columns of `using`.
    func starColumns(of relation: Scope.Relation) -> [Int] {
        Array(relation.scope.names.indices).map { $0 + relation.offset }.filter { !scope.hidden.contains($0) }
    }
}
