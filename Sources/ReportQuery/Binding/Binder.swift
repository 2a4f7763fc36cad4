import ReportModel

/// Resolves names and checks types before any row is read (parser → binder → executor).
///
/// A query binds against its source: the corpus (fields by canonical name, row path or Chinese
/// alias) or a view, whose stored query text is parsed and bound in turn (a cycle is an error).
struct Binder {
    let catalog: FieldCatalog
    let views: [String: String]
    /// Views being bound, outermost first, to report cycles and bound the nesting.
    let viewStack: [String]
    /// Views already bound while checking many (nil for one statement).
    let memo: BoundViews?
    let text: SourceText
    var scope: Scope
    /// Explicit select-list aliases, usable in where, group by, having and order by.
    var aliases: [String: ParsedExpression] = [:]
    var resultNames: [String] = []
    /// Aggregates met while binding a grouped query, in order (each one a column of the aggregate table).
    var aggregates: [AggregateCall] = []

    /// The `with` tables in force, by lowercased name.
    var commonTables: [String: CommonTable] = [:]
    /// Window functions met while binding the select list and order by (each one a column of the window stage).
    var windows: [WindowCall] = []
    /// The source's `agency` and `year` columns, once `prev`/`next` is used.
    var neighborKeys: (agency: Int, year: Int)?
    /// Where binding notes what it noticed (text constants compared with fields); nil notes nothing.
    var notes: BindingNotes?

    /// Binds a parsed query whose text is `text`.
    static func bind(
        _ query: SelectQuery, text: String, catalog: FieldCatalog, views: [String: String], viewStack: [String] = [],
        memo: BoundViews? = nil, notes: BindingNotes? = nil
    ) throws(QueryError) -> BoundQuery {
        var binder = Binder(catalog: catalog, views: views, viewStack: viewStack, memo: memo, text: SourceText(text),
                            scope: .corpus(catalog))
        binder.notes = notes
        return try binder.bindQuery(query)
    }

    /// A binder for a query inside this one (a subquery, a `with` table, an operand of `union`): same
    /// text, views and `with` tables, its own scope.
    func child() -> Binder {
        var binder = Binder(catalog: catalog, views: views, viewStack: viewStack, memo: memo, text: text, scope: .corpus(catalog))
        binder.commonTables = commonTables
        binder.notes = notes
        return binder
    }

    /// A whole query: its `with` tables, then a set operation, `select distinct`, or a plain select.
    mutating func bindQuery(_ query: SelectQuery) throws(QueryError) -> BoundQuery {
        for table in query.commonTables { commonTables[table.name.text.lowercased()] = table }
        if !query.compounds.isEmpty { return try bindCompound(query) }
        if query.distinct { return try bindDistinct(query) }
        return try bindSelect(query)
    }

    private mutating func bindSelect(_ query: SelectQuery) throws(QueryError) -> BoundQuery {
        let source = try bindFrom(query.from)
        let items = try expand(query.items)
        resultNames = items.map(\.name)
        for item in items {
            if let alias = item.alias, let expression = item.expression, aliases[alias] == nil {
                aliases[alias] = expression
            }
        }
        var bound = BoundQuery(source: source, filter: nil, aggregation: nil, having: nil, outputs: [], orderBy: [],
                               limit: query.limit, offset: query.offset, names: resultNames)
        if let filter = query.filter {
            bound.filter = try condition(filter, ExpressionContext(clause: "where"))
        }
        let grouped = !query.groupBy.isEmpty || query.having != nil
            || items.contains { $0.expression.map(Binder.callsAggregate) ?? false }
            || query.orderBy.contains { Binder.callsAggregate($0.expression) }
        if grouped {
            try bindGrouped(query, items: items, into: &bound)
        } else {
            let context = ExpressionContext(clause: "select", allowsWindows: true)
            for item in items { bound.outputs.append(try bindItem(item, context)) }
            bound.orderBy = try orderKeys(query.orderBy, outputs: bound.outputs) { (b: inout Binder, e) throws(QueryError) in
                try b.bind(e, ExpressionContext(clause: "order by", allowsWindows: true, aliasesFirst: true))
            }
        }
        if query.from == nil, bound.aggregation == nil, !namesAField(query, items) { bound.source = .single }
        try finishWindows(&bound)
        bound.neighborKeys = neighborKeys
        return bound
    }

    /// A table by name: the corpus, a `with` table, or a view (bound recursively, or taken from
    /// `memo`; a cycle, or a chain of more than `ViewCatalog.maximumDepth` views, is an error).
    mutating func bindTable(_ from: Name) throws(QueryError) -> BoundQuery.Source {
        if from.text.lowercased() == "reports" {
            scope = .corpus(catalog)
            return .corpus
        }
        if let table = commonTables[from.text.lowercased()] { return try bindCommonTable(table, at: from) }
        guard let (name, definition) = Binder.view(named: from.text, in: views) else {
            var hint = Suggestions.closest(to: from.text, among: Array(views.keys) + ["reports"]).map { "did you mean '\($0)'?" }
            if hint == nil, catalog.lookup(from.text) != nil {
                hint = "'from' takes a view name or 'reports'; fields go in the select list"
            }
            throw QueryError("unknown view '\(from.text)'", hint: hint ?? "'views' lists the views", range: from.range)
        }
        if let start = viewStack.firstIndex(of: name) {
            let cycle = (viewStack[start...] + [name]).joined(separator: " → ")
            throw QueryError("view '\(name)' depends on itself: \(cycle)", range: from.range)
        }
        let inner: BoundQuery
        do {
            switch memo?[name] {
            case .bound(let bound, let depth):
                guard viewStack.count + depth <= ViewCatalog.maximumDepth else {
                    throw tooDeep(name, range: from.range, continues: true)
                }
                inner = bound
            case .failed(let error):
                throw error
            case nil:
                guard viewStack.count < ViewCatalog.maximumDepth else {
                    throw tooDeep(name, range: from.range, continues: false)
                }
                let parsed = try Parser.parseQuery(definition)
                inner = try Binder.bind(parsed, text: definition, catalog: catalog, views: views,
                                        viewStack: viewStack + [name], memo: memo)
                memo?[name] = .bound(inner, depth: 1 + BoundViews.depth(of: inner))
            }
        } catch let failure as ParseFailure {
            throw QueryError("view '\(name)' is invalid: \(failure.error.message)", hint: "recreate it with 'create or replace view'",
                             range: from.range)
        } catch let error as QueryError {
            if error.message.hasPrefix("view '") { throw QueryError(error.message, hint: error.hint, range: from.range) }
            throw QueryError("view '\(name)' is invalid: \(error.message)", hint: error.hint, range: from.range)
        } catch {
            throw QueryError("view '\(name)' is invalid", range: from.range)
        }
        scope = Scope(kind: .view(name), names: inner.names, types: inner.types, catalog: catalog)
        return .view(name: name, query: inner, at: from.range)
    }

    /// Reading view `name` here would make a chain of more than `ViewCatalog.maximumDepth` views
    /// (`continues`: the chain goes on below `name`, which was checked before).
    private func tooDeep(_ name: String, range: SourceRange, continues: Bool) -> QueryError {
        var error = ViewCatalog.tooDeep(viewStack + [name], continues: continues)
        error.range = range
        return error
    }

    /// A view by exact name, else by the only name equal ignoring case.
    static func view(named name: String, in views: [String: String]) -> (String, String)? {
        if let definition = views[name] { return (name, definition) }
        let matches = views.filter { $0.key.lowercased() == name.lowercased() }
        guard matches.count == 1, let match = matches.first else { return nil }
        return (match.key, match.value)
    }

    /// Whether an aggregate function is called anywhere in a parsed expression.
    static func callsAggregate(_ expression: ParsedExpression) -> Bool {
        if case .window(let call, let spec) = expression.kind {
            // The window's own function is no group aggregate; what it reads may call one.
            return (call.children + spec.partitionBy + spec.orderBy.map(\.expression)).contains(where: callsAggregate)
        }
        if case .call(let name, _, _, _, _) = expression.kind, FunctionCatalog.isAggregate(name) { return true }
        return expression.children.contains(where: callsAggregate)
    }

    /// A condition (where, having, and/or/not operands): true/false or null.
    mutating func condition(_ expression: ParsedExpression, _ context: ExpressionContext) throws(QueryError) -> BoundExpression {
        let bound = try bind(expression, context)
        guard bound.type == .bool || bound.type == .null else {
            let what = ["where", "having"].contains(context.clause) ? context.clause : "'\(context.clause)'"
            throw QueryError("\(what) needs a condition (true or false), but '\(text.normalized(bound.range))' is \(bound.type.phrase)",
                             hint: "compare it, as in \(text.normalized(bound.range)) > 0", range: bound.range)
        }
        return coerce(bound, to: .bool)
    }
}
