import ReportModel

/// The rules for views: names, cycles, nesting, dependents.
enum ViewCatalog {
    /// The longest chain of views a query may read (each view reading the next): binding and running
    /// recurse once per view, so a longer chain is refused with an error, never a stack overflow.
    static let maximumDepth = 100

    /// The error for a chain of views (`chain[0]` reads `chain[1]` …) longer than `maximumDepth`;
    /// `continues` when the chain goes on past its last name shown.
    static func tooDeep(_ chain: [String], continues: Bool) -> QueryError {
        let shown = chain.count > 6 ? Array(chain.prefix(3)) + ["…"] + Array(chain.suffix(2)) : chain
        return QueryError("view '\(chain[0])' reads views nested more than \(maximumDepth) deep: "
                            + shown.joined(separator: " → ") + (continues ? " → …" : ""),
                          hint: "a chain of views may hold at most \(maximumDepth); read an earlier view of the chain")
    }

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
    /// With `memo`, a view already checked is not bound again, and this one's outcome is kept.
    static func bindView(_ name: String, definition: String, views: [String: String], catalog: FieldCatalog,
                         memo: BoundViews? = nil) throws(QueryError) -> BoundQuery {
        switch memo?[name] {
        case .bound(let bound, _): return bound
        case .failed(let error): throw error
        case nil: break
        }
        do throws(QueryError) {
            let query: SelectQuery
            do {
                query = try Parser.parseQuery(definition)
            } catch {
                throw error.error
            }
            let bound = try Binder.bind(query, text: definition, catalog: catalog, views: views, viewStack: [name], memo: memo)
            try checkColumnNames(name, bound, range: nil)
            memo?[name] = .bound(bound, depth: 1 + BoundViews.depth(of: bound))
            return bound
        } catch {
            memo?[name] = .failed(error)
            throw error
        }
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
            let memo = BoundViews()
            for (other, definition) in updated.sorted(by: { $0.key < $1.key }) where other != name.text {
                do {
                    _ = try bindView(other, definition: definition, views: updated, catalog: catalog, memo: memo)
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
            guard other != existing, let query = try? Parser.parseQuery(views[other]!) else { return false }
            return query.referencedTables.contains { Binder.view(named: $0.text, in: views)?.0 == existing }
        }
        if let first = dependents.first {
            throw QueryError("view '\(first)' reads '\(existing)'", hint: "drop '\(first)' first", range: name.range)
        }
        views[existing] = nil
        return existing
    }

    /// A saved view may not read a temporary one: the views file would then hold a view that cannot
    /// load in the next session.
    static func checkTemporaryReads(_ name: Name, query: SelectQuery, temporary: Bool, temporaries: Set<String>) throws(QueryError) {
        guard !temporary, let from = query.referencedTables.first(where: { temporaries.contains($0.text) }) else { return }
        throw QueryError("saved view '\(name.text)' cannot read the temporary view '\(from.text)'",
                         hint: "make it temporary too: create temp view \(name.text) as …", range: from.range)
    }
}
