import ReportModel

/// The table a query reads, as the binder sees it: the corpus (columns = catalog fields, by field id)
/// or a view's result (columns by name).
struct Scope: Sendable {
    enum Kind: Sendable, Hashable {
        case corpus
        case view(String)
        /// Several tables side by side (a join): see `relations`.
        case joined
    }

    var kind: Kind
    var names: [String]
    var types: [ValueType]
    let catalog: FieldCatalog
    /// The table's alias (`from reports r`): `r.agency` is its `agency` (see `column(_:range:)`).
    var alias: String?
    /// Whether `alias` is the table's own name (`from t`: `t.x`), not one declared with the table.
    var implicitAlias = false
    /// The tables of a join, left to right, each with its alias and first column.
    var relations: [Relation] = []
    /// Right-hand columns of `using (…)`: an unqualified name means the left one.
    var hidden: Set<Int> = []

    struct Relation: Sendable {
        var alias: String
        var implicit = false
        var scope: Scope
        var offset: Int
    }

    init(kind: Kind, names: [String], types: [ValueType], catalog: FieldCatalog, alias: String? = nil) {
        self.kind = kind
        self.names = names
        self.types = types
        self.catalog = catalog
        self.alias = alias
    }

    static func corpus(_ catalog: FieldCatalog) -> Scope {
        Scope(kind: .corpus, names: catalog.fields.map(\.name), types: catalog.fields.map { ValueType($0.type) },
              catalog: catalog)
    }

    var isCorpus: Bool { kind == .corpus }

    /// The column a name means. The corpus resolves canonical names, row paths and Chinese aliases
    /// (exactly, then lowercased). A view resolves its column names (exactly, then ignoring case), then
    /// any catalog name for a column that is that field (`机关` finds a view's `agency` column).
    func resolve(_ name: String) -> Int? {
        switch kind {
        case .corpus:
            return (catalog.lookup(name) ?? catalog.lookup(name.lowercased()))?.rawValue
        case .joined:
            let matches = relations.compactMap { r in r.scope.resolve(name).map { $0 + r.offset } }.filter { !hidden.contains($0) }
            return matches.count == 1 ? matches[0] : nil
        case .view:
            if let i = names.firstIndex(of: name) { return i }
            let lower = name.lowercased()
            if let i = names.firstIndex(where: { $0.lowercased() == lower }) { return i }
            guard let id = catalog.lookup(name) ?? catalog.lookup(lower) else { return nil }
            return names.firstIndex { catalog.lookup($0) == id }
        }
    }

    /// Names offered as suggestions for a misspelt name.
    var suggestionCandidates: [String] {
        switch kind {
        case .corpus: return catalog.fields.map(\.name) + catalog.allNames
        case .view: return names
        case .joined: return relations.flatMap { r in r.scope.suggestionCandidates.map { "\(r.alias).\($0)" } }
        }
    }

    /// The error for a name that resolves to nothing, with the closest known name as a hint.
    func unknownName(_ name: String, range: SourceRange, resultNames: [String]) -> QueryError {
        let hint = Suggestions.closest(to: name, among: suggestionCandidates + resultNames).map { "did you mean '\($0)'?" }
        switch kind {
        case .corpus, .joined:
            return QueryError("unknown field '\(name)'", hint: hint ?? "'.fields' lists the field names", range: range)
        case .view(let view):
            var fallback = "columns of '\(view)': " + names.prefix(12).joined(separator: ", ")
            if names.count > 12 { fallback += ", …" }
            if catalog.lookup(name) != nil {
                return QueryError("view '\(view)' has no column '\(name)'", hint: hint ?? fallback, range: range)
            }
            return QueryError("unknown column '\(name)' in view '\(view)'", hint: hint ?? fallback, range: range)
        }
    }
}
