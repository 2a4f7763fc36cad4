import XCTest
import ReportShell

final class InputBufferTests: XCTestCase {
    func testAStatementRunsWhenCompleteAndIsOneEntry() {
        var buffer = InputBuffer()
        XCTAssertEqual(buffer.prompt, "gongkai> ")
        XCTAssertNil(buffer.add("select agency"), "a statement runs at its ';', not when it first parses")
        XCTAssertEqual(buffer.add(";"), "select agency\n;")
        XCTAssertNil(buffer.add("select agency,"))
        XCTAssertEqual(buffer.prompt, "      …> ")
        XCTAssertEqual(buffer.add("  year;"), "select agency,\n  year;")
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

    /// The README's two-line example, pasted: the first line parses alone but does not run; the whole
    /// statement runs once, at its ';'. Two statements on one line are one entry (the session splits it).
    func testAPastedStatementRunsOnceAtItsSemicolon() {
        var buffer = InputBuffer()
        XCTAssertNil(buffer.add("select city, ratio(sum(requests.granted), sum(requests.processed)) as disclosed"))
        XCTAssertNil(buffer.add("  where province = '山东省' group by city"))
        XCTAssertNil(buffer.add("  order by disclosed desc"))
        XCTAssertEqual(buffer.add("  limit 10;"), "select city, ratio(sum(requests.granted), sum(requests.processed)) as disclosed\n"
                       + "  where province = '山东省' group by city\n  order by disclosed desc\n  limit 10;")
        XCTAssertEqual(buffer.add("select 1; select 2;"), "select 1; select 2;")
        XCTAssertNil(buffer.add("select ';' -- ;"), "a ';' in a string or comment does not end it")
        XCTAssertEqual(buffer.add(";  -- done"), "select ';' -- ;\n;  -- done")
        XCTAssertNil(buffer.add("select agency"))
        XCTAssertNil(buffer.add(".help"), "a line starting with '.' inside a statement is part of it, as in sqlite3")
    }
}
