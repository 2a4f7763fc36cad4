import ReportModel
import XCTest
@testable import ReportOutput

final class RowWindowTests: XCTestCase {
    func testGroupsThousands() {
        XCTAssertEqual(RowWindow.grouped(0), "0")
        XCTAssertEqual(RowWindow.grouped(999), "999")
        XCTAssertEqual(RowWindow.grouped(1000), "1,000")
        XCTAssertEqual(RowWindow.grouped(1234567), "1,234,567")
        XCTAssertEqual(RowWindow.grouped(-12345), "-12,345")
    }

    func testMaxRowsZeroOrNegativeShowsEverything() {
        var options = RenderOptions()
        for limit in [0, -1, 10] {
            options.maxRows = limit
            let window = RowWindow(SampleResults.numbered(10), options: options)
            XCTAssertEqual(window.shown.count, 10)
            XCTAssertNil(window.elisionLine(options: options))
        }
        options.maxRows = 9
        XCTAssertEqual(RowWindow(SampleResults.numbered(10), options: options).elisionLine(options: options),
                       "… 1 more row not shown (.maxrows 0 shows all, or export to a file)")
    }
}
