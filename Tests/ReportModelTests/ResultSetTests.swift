import XCTest
import ReportModel

/// A result stored column by column reads back row by row: the same rows, values and equality whether
/// it was made from rows or from columns of values.
final class ResultSetTests: XCTestCase {
    private struct Doubled: ResultValues {
        let count: Int
        func value(at row: Int) -> Value { row == 1 ? .null : .integer(2 * row) }
    }

    private let columns = [ResultColumn(name: "n", type: .integer), ResultColumn(name: "name", type: .text)]
    private let rows: [[Value]] = [[.integer(0), .text("甲")], [.null, .null], [.integer(4), .text("丙")]]

    func testRowsComeBackAsGiven() {
        let result = ResultSet(columns: columns, rows: rows)
        XCTAssertEqual(result.rowCount, 3)
        XCTAssertEqual(result.rows, rows)
        XCTAssertEqual(result.row(2), rows[2])
        XCTAssertEqual(result[0, 1], .text("甲"))
    }

    func testAShortRowReadsNullInItsMissingColumns() {
        XCTAssertEqual(ResultSet(columns: columns, rows: [[.integer(1)]]).rows, [[.integer(1), .null]])
    }

    func testColumnsOfValuesEqualTheSameRows() {
        let names = ResultSet(columns: [columns[1]], rows: rows.map { [$0[1]] })
        let fromColumns = ResultSet(columns: columns, values: [Doubled(count: 3), ColumnOf(names, 0)], rowCount: 3)
        XCTAssertEqual(fromColumns, ResultSet(columns: columns, rows: rows))
        XCTAssertEqual(Set([fromColumns, ResultSet(columns: columns, rows: rows)]).count, 1, "and hash alike")
        XCTAssertNotEqual(fromColumns, ResultSet(columns: columns, rows: Array(rows.prefix(2))))
        var renamed = fromColumns
        renamed.columns[0].name = "m"
        XCTAssertNotEqual(renamed, fromColumns)
    }

    func testAnEmptyResult() {
        let empty = ResultSet(columns: columns, rows: [])
        XCTAssertEqual(empty.rowCount, 0)
        XCTAssertEqual(empty.rows, [])
        XCTAssertEqual(empty, ResultSet(columns: columns, values: [Doubled(count: 0), Doubled(count: 0)], rowCount: 0))
    }

    /// One column of another result.
    private struct ColumnOf: ResultValues {
        let result: ResultSet
        let column: Int
        init(_ result: ResultSet, _ column: Int) {
            self.result = result
            self.column = column
        }
        var count: Int { result.rowCount }
        func value(at row: Int) -> Value { result[row, column] }
    }
}
