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

/// The values of one result column, read by row. A query's result keeps the columns the engine
/// built (often the corpus's own column read through the rows a filter kept); a value is made only
/// when a renderer asks for it.
public protocol ResultValues: Sendable {
    var count: Int { get }
    func value(at row: Int) -> Value
    /// The cells typed, for the byte renderers (`ResultCells`); by default read through `value(at:)`.
    var cells: ResultCells { get }
}

/// The rows a query produced, ready for a renderer: stored column by column, read by row.
///
/// A 100,000-row result is then a few arrays, not 100,000 row arrays to build and free (most of the
/// time of a text search that every report matches).
public struct ResultSet: Sendable, Hashable {
    public var columns: [ResultColumn]
    public let rowCount: Int
    let values: [any ResultValues]

    /// A result from its rows (each row has a value per column; a missing value reads as null).
    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        rowCount = rows.count
        values = columns.indices.map { k in ValueList(values: rows.map { k < $0.count ? $0[k] : .null }) }
    }

    /// A result from its columns' values, each holding `rowCount` values.
    public init(columns: [ResultColumn], values: [any ResultValues], rowCount: Int) {
        precondition(values.count == columns.count && values.allSatisfy { $0.count == rowCount },
                     "a result needs one column of values per column, each of rowCount values")
        self.columns = columns
        self.values = values
        self.rowCount = rowCount
    }

    /// The value in `row` of `column`.
    public subscript(row: Int, column: Int) -> Value {
        values[column].value(at: row)
    }

    /// One row's values, in column order.
    public func row(_ index: Int) -> [Value] {
        values.map { $0.value(at: index) }
    }

    /// Every row (made on each call: read a large result by `row(_:)` instead).
    public var rows: [[Value]] {
        (0..<rowCount).map(row)
    }

    public static func == (a: ResultSet, b: ResultSet) -> Bool {
        guard a.columns == b.columns, a.rowCount == b.rowCount else { return false }
        for column in a.columns.indices {
            for row in 0..<a.rowCount where a[row, column] != b[row, column] { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(rowCount)
        for row in 0..<rowCount {
            for column in columns.indices { hasher.combine(self[row, column]) }
        }
    }
}

/// Values held in an array.
private struct ValueList: ResultValues {
    let values: [Value]
    var count: Int { values.count }
    func value(at row: Int) -> Value { values[row] }
}
