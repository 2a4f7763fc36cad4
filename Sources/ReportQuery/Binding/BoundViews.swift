/// The views bound so far while many are checked at once (loading a views file, rechecking every
/// view after `create or replace`), so each view is parsed and bound once however many views read
/// it: checking a chain of n views costs n bindings, not n²/2. Valid for one set of view texts only.
///
/// A success is kept with its depth — how many views its chain holds, itself included — because
/// whether a reader may use it depends on that depth (`ViewCatalog.maximumDepth`); a failure is kept
/// only when the view was checked on its own, where nothing outside it could have caused it.
final class BoundViews {
    enum Entry {
        case bound(BoundQuery, depth: Int)
        case failed(QueryError)
    }

    private(set) var entries: [String: Entry] = [:]

    subscript(name: String) -> Entry? {
        get { entries[name] }
        set { entries[name] = newValue }
    }

    /// How many views a bound query reads in a chain (0 for a query over the corpus).
    /// Joins, set operations and `distinct` count their deepest side; `with` tables and subqueries in
    /// `from` count as views (each nests one query).
    static func depth(of query: BoundQuery) -> Int { depth(of: query.source) }

    private static func depth(of source: BoundQuery.Source) -> Int {
        switch source {
        case .corpus, .single: return 0
        case .view(_, let inner, _), .distinct(let inner): return 1 + depth(of: inner.source)
        case .join(let join): return max(depth(of: join.left), depth(of: join.right))
        case .setOperation(_, _, let left, let right, _): return 1 + max(depth(of: left.source), depth(of: right.source))
        }
    }
}
