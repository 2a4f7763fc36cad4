/// One column of a query result: its name (the alias, or the expression as typed) and its type
/// (nil when every value is null, e.g. `select null`).
public struct ResultColumn: Sendable, Hashable {
    public var name: String
    public var type: FieldType?

    public init(name: String, type: FieldType?) {
        self.name = name
        self.type = type
    }
}

/// The rows a query produced, ready for a renderer.
public struct ResultSet: Sendable, Hashable {
    public var columns: [ResultColumn]
    public var rows: [[Value]]

    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    public var rowCount: Int { rows.count }
}
