/// A bound subquery inside an expression. It reads no column of the outer query (uncorrelated), so
/// the executor runs it once, before the query, and puts its value in its place. Compared by
/// identity: two subqueries written twice are run twice.
final class BoundSubquery: Sendable, Hashable {
    let query: BoundQuery

    init(_ query: BoundQuery) { self.query = query }

    static func == (a: BoundSubquery, b: BoundSubquery) -> Bool { a === b }

    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
