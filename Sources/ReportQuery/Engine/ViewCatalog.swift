import ReportModel

/// The rules for views: names, cycles, dependents.
enum ViewCatalog {
    /// A view may not be called `reports` or shadow a field name or alias.
    static func checkName(_ name: String, catalog: FieldCatalog, range: SourceRange?) throws(QueryError) {
        if name.lowercased() == "reports" {
            throw QueryError("'reports' is the corpus and cannot be a view name", hint: "choose another name", range: range)
        }
        if let id = catalog.lookup(name) ?? catalog.lookup(name.lowercased()) {
            let field = catalog[id].name
            let what = field == name ? "a field name" : "a name of the field '\(field)'"
            throw QueryError("view name '\(name)' is \(what)", hint: "choose another name, e.g. '\(name)_view'", range: range)
        }
    }

    /// Parses and binds a view's query with `views` available (its own name on the stack for cycles).
    static func bindView(_ name: String, definition: String, views: [String: String], catalog: FieldCatalog) throws(QueryError) -> BoundQuery {
        let query: SelectQuery
        do {
            query = try Parser.parseQuery(definition)
        } catch {
            throw error.error
        }
        let bound = try Binder.bind(query, text: definition, catalog: catalog, views: views, viewStack: [name])
        try checkColumnNames(name, bound, range: nil)
        return bound
    }

    /// A view's columns are referred to by name, so two columns may not share one.
    private static func checkColumnNames(_ name: String, _ bound: BoundQuery, range: SourceRange?) throws(QueryError) {
        var seen: Set<String> = []
        for column in bound.names where !seen.insert(column).inserted {
            throw QueryError("view '\(name)' would have two columns named '\(column)'",
                             hint: "name the columns with 'as'", range: range)
        }
    }

    /// `create [or replace] view`: checks the name, the query (bound as the view, so a cycle shows),
    /// and that the views reading it still bind. Returns whether a view was replaced.
    static func create(
        _ name: Name, query: SelectQuery, queryText: String, statement: String, orReplace: Bool,
        views: inout [String: String], catalog: FieldCatalog
    ) throws(QueryError) -> Bool {
        try checkName(name.text, catalog: catalog, range: name.range)
        let replaced = views[name.text] != nil
        if replaced && !orReplace {
            throw QueryError("view '\(name.text)' already exists", hint: "use 'create or replace view \(name.text) as …'",
                             range: name.range)
        }
        var updated = views
        updated[name.text] = queryText
        let bound = try Binder.bind(query, text: statement, catalog: catalog, views: updated, viewStack: [name.text])
        try checkColumnNames(name.text, bound, range: query.range)
        if replaced {
            for (other, definition) in updated.sorted(by: { $0.key < $1.key }) where other != name.text {
                do {
                    _ = try bindView(other, definition: definition, views: updated, catalog: catalog)
                } catch {
                    throw QueryError("replacing '\(name.text)' would break view '\(other)': \(error.message)",
                                     hint: "change or drop '\(other)' first", range: name.range)
                }
            }
        }
        views = updated
        return replaced
    }

    /// `drop view`: refused while another view reads it. Returns the dropped name.
    static func drop(_ name: Name, views: inout [String: String]) throws(QueryError) -> String {
        guard let (existing, _) = Binder.view(named: name.text, in: views) else {
            let hint = Suggestions.closest(to: name.text, among: views.keys.sorted()).map { "did you mean '\($0)'?" }
            throw QueryError("unknown view '\(name.text)'", hint: hint ?? "'views' lists the views", range: name.range)
        }
        let dependents = views.keys.sorted().filter { other in
            guard other != existing, let query = try? Parser.parseQuery(views[other]!), let from = query.from else { return false }
            return Binder.view(named: from.text, in: views)?.0 == existing
        }
        if let first = dependents.first {
            throw QueryError("view '\(first)' reads '\(existing)'", hint: "drop '\(first)' first", range: name.range)
        }
        views[existing] = nil
        return existing
    }
}
