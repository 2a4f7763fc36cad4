import Foundation
import XCTest
import LineEditing

final class TerminalTests: XCTestCase {
    func testWidthPrefersTheReportedWidthThenColumnsThen80() {
        XCTAssertEqual(Terminal.width(reported: 132, columnsVariable: "100"), 132)
        XCTAssertEqual(Terminal.width(reported: 0, columnsVariable: "100"), 100)
        XCTAssertEqual(Terminal.width(reported: nil, columnsVariable: "100"), 100)
        XCTAssertEqual(Terminal.width(reported: nil, columnsVariable: "wide"), 80)
        XCTAssertEqual(Terminal.width(reported: nil, columnsVariable: "-3"), 80)
        XCTAssertEqual(Terminal.width(reported: nil, columnsVariable: nil), 80)
    }

    func testAPipeIsNotInteractiveAndStillHasAWidth() {
        let pipe = Pipe()
        let fd = pipe.fileHandleForReading.fileDescriptor
        XCTAssertFalse(Terminal.isInteractive(fd: fd))
        XCTAssertGreaterThan(Terminal.width(fd: fd), 0)
    }

    func testAdoptingUTF8Succeeds() {
        XCTAssertTrue(TerminalLocale.adoptUTF8())
        XCTAssertTrue(TerminalLocale.isUTF8)
    }
}
