import ReportModel
import XCTest
@testable import ReportOutput

final class ColumnFormatTests: XCTestCase {
    func testNumbersAlignRightEverythingElseLeft() {
        let options = RenderOptions()
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "n", type: .integer), values: [], options: options).alignment, .right)
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "r", type: .decimal), values: [], options: options).alignment, .right)
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "t", type: .text), values: [.text("1")], options: options).alignment, .left)
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "b", type: .bool), values: [], options: options).alignment, .left)
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "?", type: nil), values: [.null, .integer(3)], options: options).alignment, .right,
            "an untyped column is judged by its first value")
        XCTAssertEqual(ColumnFormat(column: ResultColumn(name: "?", type: nil), values: [.null], options: options).alignment, .left)
    }

    func testDecimalsShareTheFewestPlacesThatShowEveryValue() {
        var options = RenderOptions()
        let column = ResultColumn(name: "fees", type: .decimal)
        let format = ColumnFormat(column: column, values: [.decimal(12.5), .decimal(3), .decimal(7.25), .null], options: options)
        XCTAssertEqual([Value.decimal(12.5), .decimal(3), .decimal(7.25), .null].map { format.text($0, options: options) },
                       ["12.50", "3.00", "7.25", "NULL"])
        options.decimalPlaces = nil
        let full = ColumnFormat(column: column, values: [.decimal(2.0 / 3.0)], options: options)
        XCTAssertEqual(full.text(.decimal(2.0 / 3.0), options: options), "0.6666666666666666")
        XCTAssertEqual(full.text(.decimal(3), options: options), "3")
    }

    func testBoolsIntegersAndNonFinite() {
        let options = RenderOptions()
        let format = ColumnFormat(column: ResultColumn(name: "x", type: nil), values: [], options: options)
        XCTAssertEqual(format.text(.bool(true), options: options), "true")
        XCTAssertEqual(format.text(.integer(-42), options: options), "-42")
        XCTAssertEqual(format.text(.decimal(.infinity), options: options), "inf")
        XCTAssertEqual(format.text(.text(""), options: options), "")
    }
}
