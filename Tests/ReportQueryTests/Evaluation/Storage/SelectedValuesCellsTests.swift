import ReportModel
import XCTest
@testable import ReportQuery

/// A result column's typed cells (`SelectedValues.cells`) read the same values as `value(at:)`, for
/// every type, with nulls, through every kind of row selection.
final class SelectedValuesCellsTests: XCTestCase {
    func testCellsReadTheSameValuesAsValueAt() {
        let valid = [true, false, true, true, false, true]
        let vectors: [ColumnVector] = [
            .integer(Column(values: [1, 0, -3, Int.max, 9, 42], valid: valid)),
            .decimal(Column(values: [0.5, 0, -.infinity, 1e300, 2, .nan], valid: valid)),
            .text(Column(values: ["北京", "", "a\"b", "", "x", "😀"], valid: valid)),
            .bool(Column(values: [true, true, false, true, false, false], valid: valid)),
        ]
        let selections: [RowSelection?] = [nil, .range(2..<5), .indices([5, 0, 3, 3, 1])]
        for vector in vectors {
            for rows in selections {
                let values = SelectedValues(column: vector, rows: rows, count: rows?.count ?? vector.count)
                let cells = values.cells
                XCTAssertEqual(cells.count, values.count)
                XCTAssertNotEqual(cells.kind, .values)
                for k in 0..<values.count {
                    let expected = values.value(at: k)
                    let actual = cells.value(k)
                    if case .decimal(let e) = expected, e.isNaN, case .decimal(let a) = actual {
                        XCTAssertTrue(a.isNaN)
                    } else {
                        XCTAssertEqual(actual, expected, "\(vector) \(String(describing: rows)) row \(k)")
                    }
                    XCTAssertEqual(cells.isNull(k), expected.isNull)
                }
            }
        }
    }
}
