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
    static func depth(of query: BoundQuery) -> Int {
        var depth = 0
        var source = query.source
        while case .view(_, let inner) = source {
            depth += 1
            source = inner.source
        }
        return depth
    }
}
