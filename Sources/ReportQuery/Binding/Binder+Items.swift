import ReportModel

/// A select-list entry after `*` expansion: an expression as written, or a column from a star.
struct PreparedItem: Sendable {
    var expression: ParsedExpression?
    var column: Int?
    /// The result column name: the alias, the expression as typed, or the field name for stars.
    var name: String
    var alias: String?
    var range: SourceRange
}

extension Binder {
    /// Expands `*` (every field of the corpus in catalog order, every column of a view), `prefix.*`
    /// and `headline.*` (`HeadlineStar`).
    mutating func expand(_ items: [SelectItem]) throws(QueryError) -> [PreparedItem] {
        var prepared: [PreparedItem] = []
        for item in items {
            let columns: [Int]
            let range: SourceRange
            switch item {
            case .star(let at) where scope.kind == .joined:
                (columns, range) = (scope.relations.flatMap { starColumns(of: $0) }, at)
            case .prefixStar(let prefix, let at) where scope.relation(named: prefix) != nil:
                (columns, range) = (starColumns(of: scope.relation(named: prefix)!), at)
            case .prefixStar(let prefix, let at) where HeadlineStar.means(prefix, in: scope):
                (columns, range) = (try HeadlineStar.columns(prefix, in: scope, range: at), at)
            case .star(let at):
                (columns, range) = (Array(scope.names.indices), at)
            case .prefixStar(let prefix, let at):
                (columns, range) = (try self.columns(under: prefix, range: at), at)
            case .expression(let expression, let alias, _):
                prepared.append(PreparedItem(expression: expression, name: alias ?? text.normalized(expression.range),
                                             alias: alias, range: expression.range))
                continue
            }
            prepared += columns.map { PreparedItem(column: $0, name: scope.names[$0], range: range) }
        }
        return prepared
    }

    /// The columns under `prefix.`: catalog fields for the corpus (a row alias such as 本年新收 stands
    /// for its row path), view columns by name otherwise.
    private func columns(under prefix: String, range: SourceRange) throws(QueryError) -> [Int] {
        var columns: [Int]
        if scope.isCorpus {
            var fields = catalog.fields(under: prefix)
            if fields.isEmpty, let id = catalog.lookup(prefix) ?? catalog.lookup(prefix.lowercased()) {
                let name = catalog[id].name
                fields = catalog.fields(under: name.hasSuffix(".total") ? String(name.dropLast(6)) : name)
            }
            columns = fields.map(\.id.rawValue)
        } else {
            columns = scope.names.indices.filter { scope.names[$0].hasPrefix(prefix + ".") }
        }
        guard columns.isEmpty else { return columns }
        let prefixes = Set(scope.names.compactMap { name -> String? in
            guard let dot = name.lastIndex(of: ".") else { return nil }
            return String(name[..<dot])
        })
        let hint = Suggestions.closest(to: prefix, among: prefixes.sorted()).map { "did you mean '\($0).*'?" }
        throw QueryError("no \(scope.isCorpus ? "fields" : "columns") under '\(prefix)'", hint: hint, range: range)
    }

    /// A select item as a bound expression over the input table.
    mutating func bindItem(_ item: PreparedItem, _ context: ExpressionContext) throws(QueryError) -> BoundExpression {
        if let column = item.column {
            return BoundExpression(node: .column(column), type: scope.types[column], range: item.range)
        }
        return try bind(item.expression!, context)
    }
}
