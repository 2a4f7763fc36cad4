/// How the table rows of a report printed as glued web text read (`Layout.webText`; all zero in other
/// layouts): each printed data row of tables 二, 三 and 四 is read from its only split, read by the sums
/// the template guarantees (its own row or block sums, or table 三's column sums), or left null.
public struct GluedRowCounts: Sendable, Equatable {
    public var rows = 0
    public var splitAlone = 0
    public var splitBySums = 0
    public var leftNull = 0

    public init() {}

    public static func + (a: GluedRowCounts, b: GluedRowCounts) -> GluedRowCounts {
        var sum = GluedRowCounts()
        sum.rows = a.rows + b.rows
        sum.splitAlone = a.splitAlone + b.splitAlone
        sum.splitBySums = a.splitBySums + b.splitBySums
        sum.leftNull = a.leftNull + b.leftNull
        return sum
    }
}
