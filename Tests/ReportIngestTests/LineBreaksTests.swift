import XCTest
@testable import ReportIngest

final class LineBreaksTests: XCTestCase {
    func testCRLFAndCRBecomeLF() {
        XCTAssertEqual(LineBreaks.normalize("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd")
    }

    func testTextWithoutCRIsUnchanged() {
        XCTAssertEqual(LineBreaks.normalize("一、总体情况\n二"), "一、总体情况\n二")
    }

    func testLeadingByteOrderMarkIsRemoved() {
        XCTAssertEqual(LineBreaks.normalize("\u{FEFF}一、总体情况"), "一、总体情况")
    }

    func testLinesAreNumberedFromOneAsReportRecordCountsThem() {
        let lines = LineBreaks.lines(of: "甲\n\n乙\n")
        XCTAssertEqual(lines.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(lines.map(\.text), ["甲", "", "乙", ""])
    }
}
