import XCTest
import ReportShell

final class InputBufferTests: XCTestCase {
    func testAStatementRunsWhenCompleteAndIsOneEntry() {
        var buffer = InputBuffer()
        XCTAssertEqual(buffer.prompt, "gongkai> ")
        XCTAssertEqual(buffer.add("select agency"), "select agency", "a statement that parses runs on Enter")
        XCTAssertNil(buffer.add("select agency,"))
        XCTAssertEqual(buffer.prompt, "      …> ")
        XCTAssertEqual(buffer.add("  year"), "select agency,\n  year")
        XCTAssertNil(buffer.add("select agency where"))
        XCTAssertNil(buffer.add("year ="))
        XCTAssertEqual(buffer.add("  2022;"), "select agency where\nyear =\n  2022;")
        XCTAssertEqual(buffer.prompt, "gongkai> ")
        XCTAssertEqual(buffer.text, "")
    }

    func testTheContinuationPromptLinesUpUnderThePrompt() {
        XCTAssertEqual(InputBuffer.continuationPrompt.count, InputBuffer.prompt.count)
        XCTAssertTrue(InputBuffer.continuationPrompt.hasSuffix("> "))
    }

    func testMetaCommandsRunAtOnceAndBlankLinesAndCommentsAreDropped() {
        var buffer = InputBuffer()
        XCTAssertEqual(buffer.add(".help"), ".help")
        XCTAssertNil(buffer.add("   "))
        XCTAssertEqual(buffer.text, "")
        XCTAssertNil(buffer.add("-- just a note"))
        XCTAssertEqual(buffer.prompt, "gongkai> ")
    }

    func testAnOpenStringContinuesAndClearDropsIt() {
        var buffer = InputBuffer()
        XCTAssertNil(buffer.add("select 'one"))
        XCTAssertEqual(buffer.add("two';"), "select 'one\ntwo';")
        XCTAssertNil(buffer.add("select agency where"))
        buffer.clear()
        XCTAssertEqual(buffer.prompt, "gongkai> ")
    }
}
