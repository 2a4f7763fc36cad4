import ReportModel

/// The query engine: the corpus in columns plus the named views. `execute` parses, binds (names and
/// types checked before any row is read) and runs one statement.
///
/// Views are stored as query text (`views`, name → `select …`), so the shell can persist them; a view
/// is bound afresh, with the views it reads, whenever a statement uses it.
public struct Database: Sendable {
    public let store: ColumnStore
    /// The views, name → query text. Changed by `create view` / `drop view` and by `loadViews`.
    public private(set) var views: [String: String] = [:]
    /// The views made with `create temp view`: in `views` for queries, left out of `savedViews`.
    public private(set) var temporaryViews: Set<String> = []

    /// What the last `execute` noticed without failing (`ValueWarnings`: a comparison with a value
    /// a field never takes), each with its place in the statement; the shell shows them.
    public private(set) var warnings: [QueryError] = []

    /// The views to write to the views file: every view but the temporary ones.
    public var savedViews: [String: String] { views.filter { !temporaryViews.contains($0.key) } }

    public init(store: ColumnStore) {
        self.store = store
    }

    /// Convenience: builds the store from records.
    public init(records: [ReportRecord]) {
        self.init(store: ColumnStore(records: records))
    }

    /// Adds stored views (e.g. read back from disk). Each view is checked with all the others present;
    /// every bad one (a parse or type error, an unknown or bad view it reads, a cycle, a chain deeper
    /// than `ViewCatalog.maximumDepth`, a name that is a field) is left out and reported, and loading
    /// goes on with the rest. Each view is bound once (`BoundViews`), after the view it reads
    /// (`ViewOrder`), so this is linear in the views.
    ///
    /// One pass suffices: a view that binds reads only views that bind, so leaving out the bad ones
    /// changes no good one.
    @discardableResult
    public mutating func loadViews(_ stored: [String: String], temporary: Set<String> = []) -> [ViewProblem] {
        var candidates = views.merging(stored) { _, new in new }
        var problems: [ViewProblem] = []
        let memo = BoundViews()
        for name in stored.keys {
            do throws(QueryError) {
                try ViewCatalog.checkName(name, catalog: store.catalog, range: nil)
            } catch {
                memo[name] = .failed(error)
            }
        }
        for name in ViewOrder.checkingOrder(Array(stored.keys), views: candidates, memo: memo) {
            let definition = candidates[name]!
            do {
                _ = try ViewCatalog.bindView(name, definition: definition, views: candidates, catalog: store.catalog, memo: memo)
            } catch {
                problems.append(ViewProblem(name: name, definition: definition, error: error))
            }
        }
        for problem in problems { candidates[problem.name] = nil }
        views = candidates
        temporaryViews.formUnion(temporary.filter { candidates[$0] != nil })
        return problems.sorted { $0.name < $1.name }
    }

    /// Runs one statement (a trailing `;` is allowed). Errors carry UTF-8 ranges within `statement`.
    public mutating func execute(_ statement: String, cancellation: CancellationToken? = nil) throws(QueryError) -> StatementResult {
        warnings = []
        let notes = BindingNotes()
        defer { warnings = ValueWarnings.warnings(for: notes.comparedValues, store: store) }
        let parsed: Statement
        do {
            parsed = try Parser.parseStatement(statement)
        } catch {
            throw error.error
        }
        switch parsed {
        case .select(let query):
            return .rows(try run(query, text: statement, cancellation: cancellation, notes: notes))
        case .createView(let name, let query, let queryText, let orReplace, let options):
            if options.ifNotExists, let (existing, _) = Binder.view(named: name.text, in: views) {
                return .unchanged(message: "view \(existing) exists; kept")
            }
            try ViewCatalog.checkTemporaryReads(name, query: query, temporary: options.temporary, temporaries: temporaryViews)
            let replaced = try ViewCatalog.create(name, query: query, queryText: queryText, statement: statement,
                                                  orReplace: orReplace, views: &views, catalog: store.catalog)
            if options.temporary { temporaryViews.insert(name.text) } else { temporaryViews.remove(name.text) }
            return .viewCreated(name: name.text, replaced: replaced)
        case .dropView(let name, let ifExists):
            if ifExists, Binder.view(named: name.text, in: views) == nil {
                return .unchanged(message: "no view \(name.text); nothing dropped")
            }
            let dropped = try ViewCatalog.drop(name, views: &views)
            temporaryViews.remove(dropped)
            return .viewDropped(name: dropped)
        case .listViews:
            let rows = views.keys.sorted().map { [Value.text($0), Value.text(views[$0]!)] }
            return .viewList(ResultSet(columns: [ResultColumn(name: "view", type: .text), ResultColumn(name: "query", type: .text)],
                                       rows: rows))
        case .export(let source, let path, let options):
            let result: ResultSet
            var tableName: String?
            switch source {
            case .query(let query):
                result = try run(query, text: statement, cancellation: cancellation, notes: notes)
            case .name(let name):
                let query = SelectQuery(items: [.star(name.range)], from: .table(name, alias: nil), filter: nil, groupBy: [], having: nil,
                                        orderBy: [], limit: nil, offset: nil, range: name.range)
                result = try run(query, text: statement, cancellation: cancellation)
                tableName = views.keys.first { $0.lowercased() == name.text.lowercased() } ?? name.text.lowercased()
            }
            let partitions = try ExportPartitioning.columns(options.partitionBy, of: result, catalog: store.catalog)
            return .export(ExportRequest(result: result, path: path, withBOM: options.withBOM, tableName: tableName,
                                         partitionBy: partitions, overwrite: options.overwrite))
        }
    }

    /// Runs a query statement and returns its rows (the benchmark's entry point).
    public func query(_ text: String, cancellation: CancellationToken? = nil) throws(QueryError) -> ResultSet {
        let parsed: Statement
        do {
            parsed = try Parser.parseStatement(text)
        } catch {
            throw error.error
        }
        guard case .select(let query) = parsed else { throw QueryError("not a query", hint: "queries start with 'select'") }
        return try run(query, text: text, cancellation: cancellation)
    }

    private func run(_ query: SelectQuery, text: String, cancellation: CancellationToken?,
                     notes: BindingNotes? = nil) throws(QueryError) -> ResultSet {
        let bound = try Binder.bind(query, text: text, catalog: store.catalog, views: views, notes: notes)
        let projection = try QueryExecutor(store: store, cancellation: cancellation).run(bound)
        return ResultSet(columns: bound.columns, values: projection.resultValues(), rowCount: projection.rowCount)
    }
}
