import ReportModel

/// The table a query reads, as the binder sees it: the corpus (columns = catalog fields, by field id)
/// or a view's result (columns by name).
struct Scope: Sendable {
    enum Kind: Sendable, Hashable {
        case corpus
        case view(String)
    }

    var kind: Kind
    var names: [String]
    var types: [ValueType]
    let catalog: FieldCatalog

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
        }
    }

    /// The error for a name that resolves to nothing, with the closest known name as a hint.
    func unknownName(_ name: String, range: SourceRange, resultNames: [String]) -> QueryError {
        let hint = Suggestions.closest(to: name, among: suggestionCandidates + resultNames).map { "did you mean '\($0)'?" }
        switch kind {
        case .corpus:
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
