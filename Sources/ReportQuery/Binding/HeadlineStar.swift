import ReportModel

/// `headline.*`: the short way to ask for the headline fields now that `*` means every field — the
/// identity fields and the headline figures the catalog marks (`FieldCatalog.headline`: `id`,
/// `agency`, `province`, `city`, `county`, `year`, `proactive.total`, `requests.new.total`,
/// `requests.processed.total`, `check.ok`), in catalog order.
///
/// - Over the corpus: those fields.
/// - Over a view or subquery: its columns that are headline fields (`select headline.* from v`),
///   found by name as any field name is; none is an error.
/// - In a join: `headline.*` is each table's headline columns (as `*` is each table's columns);
///   `r.headline.*` one table's.
///
/// `headline` is no field's first segment, so `headline.*` never hides fields; a table aliased
/// `headline` keeps `headline.*` meaning that table's every column (the alias is tried first).
enum HeadlineStar {
    static let word = "headline"

    /// Whether `prefix.*` asks for headline columns: `headline`, or `ALIAS.headline` in a join.
    static func means(_ prefix: String, in scope: Scope) -> Bool {
        if prefix.lowercased() == word { return true }
        guard let table = qualifier(prefix) else { return false }
        return scope.relation(named: table) != nil
    }

    /// The columns `prefix.*` means (see the type).
    static func columns(_ prefix: String, in scope: Scope, range: SourceRange) throws(QueryError) -> [Int] {
        let relations: [Scope.Relation]
        if let table = qualifier(prefix), let relation = scope.relation(named: table) {
            relations = [relation]
        } else {
            relations = scope.kind == .joined ? scope.relations : [Scope.Relation(alias: "", scope: scope, offset: 0)]
        }
        let columns = relations.flatMap { relation in
            headline(of: relation.scope).map { $0 + relation.offset }.filter { !scope.hidden.contains($0) }
        }
        guard columns.isEmpty else { return columns }
        throw QueryError("no headline fields here", hint: "headline.* picks the columns named as headline fields "
                         + "(\(scope.catalog.headline.prefix(4).map(\.name).joined(separator: ", ")) …); select them by name", range: range)
    }

    /// A scope's columns that are headline fields, in catalog order: by field id over the corpus;
    /// over a view, the column each headline field's name finds (`Scope.resolve`: a column
    /// `requests.new` is the field `requests.new.total`).
    private static func headline(of scope: Scope) -> [Int] {
        if scope.isCorpus { return scope.catalog.headline.map(\.id.rawValue) }
        var seen: Set<Int> = []
        return scope.catalog.headline.compactMap { scope.resolve($0.name) }.filter { seen.insert($0).inserted }
    }

    /// `r` of `r.headline`.
    private static func qualifier(_ prefix: String) -> String? {
        guard prefix.lowercased().hasSuffix("." + word) else { return nil }
        return String(prefix.dropLast(word.count + 1))
    }
}
