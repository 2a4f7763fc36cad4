import XCTest
@testable import ReportQuery

/// The test helper itself: caret columns to UTF-8 offsets.
final class CaretsTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(Carets.range(under: "select abc", "       ^^^"), SourceRange(start: 7, end: 10))
    }

    func testWideCharactersCountTwoColumnsAndThreeBytes() {
        XCTAssertEqual(Carets.range(under: "select 机关 x", "       ^^^^"), SourceRange(start: 7, end: 13))
        XCTAssertEqual(Carets.range(under: "select 机关 x", "            ^"), SourceRange(start: 14, end: 15))
    }

    func testEndOfInput() {
        XCTAssertEqual(Carets.range(under: "select", "      ^"), SourceRange(start: 6, end: 6))
    }
}
