/// One entry of a select list.
enum SelectItem: Sendable, Hashable {
    /// `*`: every field of the corpus in catalog order (or every column of a view).
    case star(SourceRange)
    /// `requests.new.*`: the fields under a prefix.
    case prefixStar(String, SourceRange)
    /// An expression with its optional alias (`as 机关名`, `as "name"`).
    case expression(ParsedExpression, alias: String?, aliasRange: SourceRange?)
}

/// An `order by` entry: nulls always sort last, whichever the direction.
struct OrderItem: Sendable, Hashable {
    var expression: ParsedExpression
    var descending: Bool
}

/// A name with the span where it was written (a view or table name).
struct Name: Sendable, Hashable {
    var text: String
    var range: SourceRange
}

/// `select [distinct] … [from …] [where …] [group by …] [having …] [union|intersect|except …]
/// [order by …] [limit … [offset …]]`, with `with NAME as (…)` tables before it.
///
/// With set operations (`compounds`), `items` … `having` are the first operand and `orderBy`, `limit`
/// and `offset` apply to the combined result.
struct SelectQuery: Sendable, Hashable {
    var items: [SelectItem]
    var from: FromClause?
    var filter: ParsedExpression?
    var groupBy: [ParsedExpression]
    var having: ParsedExpression?
    var orderBy: [OrderItem]
    var limit: Int?
    var offset: Int?
    /// The span of the whole query, from `select` (or `with`) to its last token.
    var range: SourceRange
    var distinct = false
    /// `with NAME as (QUERY), …`: tables the query (and its subqueries) may read by name.
    var commonTables: [CommonTable] = []
    /// The further operands of `union [all]`, `intersect`, `except`, left to right.
    var compounds: [CompoundPart] = []
}

/// `NAME as (QUERY)` in a `with` clause.
struct CommonTable: Sendable, Hashable {
    var name: Name
    var query: SelectQuery
}

enum SetOperator: String, Sendable, Hashable { case union, intersect, except }

/// One further operand of a set operation: `union all select …`.
struct CompoundPart: Sendable, Hashable {
    var op: SetOperator
    var all: Bool
    var query: SelectQuery
}

enum JoinKind: String, Sendable, Hashable { case inner, left, cross }

/// What `from` reads: a table by name (`reports`, a view, a `with` table), a subquery, or a join.
indirect enum FromClause: Sendable, Hashable {
    case table(Name, alias: Name?)
    case subquery(SelectQuery, alias: Name?, range: SourceRange)
    case join(JoinClause)

    /// The span of the whole clause.
    var range: SourceRange {
        switch self {
        case .table(let name, let alias): return SourceRange(start: name.range.start, end: alias?.range.end ?? name.range.end)
        case .subquery(_, _, let range): return range
        case .join(let join): return join.range
        }
    }

    /// The table's name when it is a plain name without alias.
    var tableName: Name? {
        if case .table(let name, nil) = self { return name }
        return nil
    }
}

/// `LEFT [left|inner|cross] join RIGHT [on CONDITION | using (NAMES)]`.
struct JoinClause: Sendable, Hashable {
    var left: FromClause
    var kind: JoinKind
    var right: FromClause
    var on: ParsedExpression?
    var using: [Name]
    var range: SourceRange
}

/// What `export` writes: a view (or `reports`) by name, or a query.
enum ExportSource: Sendable, Hashable {
    case name(Name)
    case query(SelectQuery)
}

/// A parsed statement.
enum Statement: Sendable, Hashable {
    case select(SelectQuery)
    /// `create [or replace] view NAME as QUERY`; `queryText` is the query as written, stored as the view.
    /// `create [or replace] [temp] view [if not exists] NAME as QUERY`.
    case createView(name: Name, query: SelectQuery, queryText: String, orReplace: Bool, options: ViewOptions = ViewOptions())
    /// `drop view [if exists] NAME`.
    case dropView(Name, ifExists: Bool = false)
    case listViews
    case export(ExportSource, path: String, options: ExportOptions)
}

/// What may follow an export's path, in any order: `with bom`, `partition by NAME[, NAME …]`
/// (a Hive-style folder of Parquet files, a folder per value) and `overwrite` (replace what a
/// partitioned folder holds).
struct ExportOptions: Sendable, Hashable {
    var withBOM = false
    var partitionBy: [Name] = []
    var overwrite = false
}

/// The variants of `create view`: `if not exists` keeps an existing view of that name (and says so);
/// `temp` (`temporary`) makes a view of this session only, never written to the views file.
public struct ViewOptions: Sendable, Hashable {
    public var ifNotExists = false
    public var temporary = false

    public init(ifNotExists: Bool = false, temporary: Bool = false) {
        self.ifNotExists = ifNotExists
        self.temporary = temporary
    }
}
