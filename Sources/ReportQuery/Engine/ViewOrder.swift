/// The order in which many views are checked at once (`Database.loadViews`) so that each is bound
/// exactly once: every view after the view its `from` names (a view that joins tables or reads
/// subqueries binds what else it reads on demand, through the same memo). Found by walking each chain of `from` names once,
/// without recursion, so a chain of any length costs its length. A cycle is found on the way; its
/// members are marked failed in `memo` (the binder's own cycle check would recurse once per member),
/// and so is every view whose chain is longer than `ViewCatalog.maximumDepth`, with its own name.
enum ViewOrder {
    /// `names` (views in `views`), each after the one it reads; cycle members and views nested too
    /// deeply get their error in `memo`.
    static func checkingOrder(_ names: [String], views: [String: String], memo: BoundViews) -> [String] {
        let checked = Set(names)
        var reads: [String: String] = [:]
        var fromRange: [String: SourceRange] = [:]
        for name in names {
            guard let definition = views[name], let query = try? Parser.parseQuery(definition),
                  case .table(let from, _) = query.from, from.text.lowercased() != "reports",
                  let (target, _) = Binder.view(named: from.text, in: views), checked.contains(target) else { continue }
            reads[name] = target
            fromRange[name] = from.range
        }
        var rank: [String: Int] = [:]
        for start in names.sorted() where rank[start] == nil {
            var path: [String] = []
            var position: [String: Int] = [:]
            var current = start
            var base = 0
            while true {
                if let known = rank[current] {
                    base = known + 1
                    break
                }
                if let index = position[current] {
                    let cycle = Array(path[index...])
                    for (k, member) in cycle.enumerated() {
                        rank[member] = 0
                        memo[member] = .failed(cycleError(Array(cycle[k...] + cycle[..<k])))
                    }
                    path.removeSubrange(index...)
                    base = 1
                    break
                }
                position[current] = path.count
                path.append(current)
                guard let next = reads[current] else {
                    base = 0
                    break
                }
                current = next
            }
            for (offset, member) in path.reversed().enumerated() { rank[member] = base + offset }
        }
        // A view of rank r reads a chain of at least r more views.
        for name in names where rank[name]! >= ViewCatalog.maximumDepth {
            var chain = [name]
            while chain.count < 3, let next = reads[chain[chain.count - 1]] { chain.append(next) }
            var error = ViewCatalog.tooDeep(chain, continues: true)
            error.range = fromRange[name]
            memo[name] = .failed(error)
        }
        return names.sorted { a, b in rank[a]! != rank[b]! ? rank[a]! < rank[b]! : a < b }
    }

    /// "view 'a' depends on itself: a → b → a", the binder's words, shortened for a long cycle.
    static func cycleError(_ cycle: [String]) -> QueryError {
        let loop = cycle + [cycle[0]]
        let shown = loop.count > 7 ? Array(loop.prefix(3)) + ["…"] + Array(loop.suffix(3)) : loop
        return QueryError("view '\(cycle[0])' depends on itself: " + shown.joined(separator: " → "))
    }
}
