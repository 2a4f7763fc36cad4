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
    /// Expands `*` (the catalog's headline fields, or every column of a view) and `prefix.*`.
    mutating func expand(_ items: [SelectItem]) throws(QueryError) -> [PreparedItem] {
        var prepared: [PreparedItem] = []
        for item in items {
            switch item {
            case .star(let range) where scope.kind == .joined:
                prepared += scope.relations.flatMap { starColumns(of: $0) }.map { PreparedItem(column: $0, name: scope.names[$0], range: range) }
            case .prefixStar(let prefix, let range) where scope.relation(named: prefix) != nil:
                let columns = starColumns(of: scope.relation(named: prefix)!)
                prepared += columns.map { PreparedItem(column: $0, name: scope.names[$0], range: range) }
            case .star(let range):
                let columns: [Int] = scope.isCorpus ? catalog.headline.map(\.id.rawValue) : Array(scope.names.indices)
                prepared += columns.map { PreparedItem(column: $0, name: scope.names[$0], range: range) }
            case .prefixStar(let prefix, let range):
                let columns = try columns(under: prefix, range: range)
                prepared += columns.map { PreparedItem(column: $0, name: scope.names[$0], range: range) }
            case .expression(let expression, let alias, _):
                prepared.append(PreparedItem(expression: expression, name: alias ?? text.normalized(expression.range),
                                             alias: alias, range: expression.range))
            }
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
