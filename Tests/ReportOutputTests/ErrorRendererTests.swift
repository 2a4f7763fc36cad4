import ReportQuery
import XCTest
@testable import ReportOutput

final class ErrorRendererTests: XCTestCase {
    /// The range of the first occurrence of `fragment` in `statement`, as UTF-8 byte offsets.
    private func range(of fragment: String, in statement: String) -> SourceRange {
        let found = statement.range(of: fragment)!
        let start = statement.utf8.distance(from: statement.startIndex, to: found.lowerBound)
        return SourceRange(start: start, end: start + fragment.utf8.count)
    }

    func testCaretUnderAnASCIIField() {
        let statement = "select agency where requests.nwe > 0"
        let error = QueryError(
            "unknown field 'requests.nwe'", hint: "did you mean 'requests.new'?",
            range: range(of: "requests.nwe", in: statement)
        )
        assertBytes(ErrorRenderer.render(error, statement: statement), """
            error: unknown field 'requests.nwe' — did you mean 'requests.new'?
              select agency where requests.nwe > 0
                                  ^~~~~~~~~~~~

            """)
    }

    func testCaretUnderChineseTextIsPlacedByDisplayWidth() {
        let statement = "select 机关（全称） where 新收申请数 > 0"
        let error = QueryError("unknown field '新收申请数'", range: range(of: "新收申请数", in: statement))
        let text = ErrorRenderer.render(error, statement: statement)
        assertBytes(text, """
            error: unknown field '新收申请数'
              select 机关（全称） where 新收申请数 > 0
                                        ^~~~~~~~~~

            """)
        let caretLine = text.split(separator: "\n")[2]
        let caretColumn = caretLine.prefix(while: { $0 == " " }).count - 2
        XCTAssertEqual(caretColumn, DisplayWidth.of("select 机关（全称） where "))
        XCTAssertEqual(caretLine.count - 2 - caretColumn, DisplayWidth.of("新收申请数"))
    }

    func testScriptLocationPrefixCountsLinesAndCharacters() {
        let statement = "select 机关 where 新收申请数 > 0"
        let error = QueryError("unknown field '新收申请数'", range: range(of: "新收申请数", in: statement))
        let first = ErrorRenderer.render(error, statement: statement, location: ScriptLocation(file: "q.gk", line: 3, column: 1))
        XCTAssertTrue(first.hasPrefix("q.gk:3:17: error: unknown field '新收申请数'\n"), first)
        let indented = ErrorRenderer.render(error, statement: statement, location: ScriptLocation(file: "q.gk", line: 3, column: 5))
        XCTAssertTrue(indented.hasPrefix("q.gk:3:21: error:"), indented)
    }

    func testMultiLineStatementShowsTheLineOfTheError() {
        let statement = "select agency,\n       年度, requests.nwe\nwhere requests.new > 0"
        let error = QueryError("unknown field 'requests.nwe'", range: range(of: "requests.nwe", in: statement))
        assertBytes(ErrorRenderer.render(error, statement: statement, location: ScriptLocation(file: "reports/q.gk", line: 12, column: 5)), """
            reports/q.gk:13:12: error: unknown field 'requests.nwe'
                     年度, requests.nwe
                           ^~~~~~~~~~~~

            """)
    }

    func testCRLFLineBreaks() {
        let statement = "select agency\r\nwhere nwe > 0"
        let error = QueryError("unknown field 'nwe'", range: range(of: "nwe", in: statement))
        assertBytes(ErrorRenderer.render(error, statement: statement, location: ScriptLocation(file: "w.gk", line: 1)), """
            w.gk:2:7: error: unknown field 'nwe'
              where nwe > 0
                    ^~~

            """)
    }

    func testTabsAreExpandedSoTheCaretLinesUp() {
        let statement = "select\tagency where\tnwe"
        let error = QueryError("unknown field 'nwe'", range: range(of: "nwe", in: statement))
        assertBytes(ErrorRenderer.render(error, statement: statement, location: ScriptLocation(file: "t.gk", line: 1)), """
            t.gk:1:21: error: unknown field 'nwe'
              select  agency where    nwe
                                      ^~~

            """)
        var options = RenderOptions()
        options.tabWidth = 4
        XCTAssertTrue(ErrorRenderer.render(error, statement: statement, options: options).hasSuffix("""
              select  agency where    nwe
                                      ^~~

            """))
    }

    func testEmptyRangeAtTheEndAndRangeRunningOntoTheNextLine() {
        let statement = "select agency where"
        let end = QueryError("expected a condition after 'where'", range: SourceRange(start: 19, end: 19))
        assertBytes(ErrorRenderer.render(end, statement: statement), """
            error: expected a condition after 'where'
              select agency where
                                 ^

            """)
        let across = QueryError("unterminated string", range: SourceRange(start: 14, end: 40))
        assertBytes(ErrorRenderer.render(across, statement: "select 'abc', 'de\nfg"), """
            error: unterminated string
              select 'abc', 'de
                            ^~~

            """)
    }

    func testOffsetsInsideACharacterOrPastTheEndAreClamped() {
        let statement = "select 机关"
        let inside = QueryError("x", range: SourceRange(start: 8, end: 9))
        XCTAssertTrue(ErrorRenderer.render(inside, statement: statement).hasSuffix("\n         ^~\n"))
        let past = QueryError("x", range: SourceRange(start: 99, end: 120))
        XCTAssertTrue(ErrorRenderer.render(past, statement: statement).hasSuffix("\n             ^\n"))
    }

    func testErrorWithoutARangeIsOneLine() {
        let error = QueryError("empty statement")
        assertBytes(ErrorRenderer.render(error, statement: ";"), "error: empty statement\n")
        assertBytes(
            ErrorRenderer.render(error, statement: ";", location: ScriptLocation(file: "a.gk", line: 7, column: 3)),
            "a.gk:7:3: error: empty statement\n"
        )
    }

    func testColorIsOptIn() {
        let error = QueryError("bad", hint: "try again", range: SourceRange(start: 0, end: 1))
        var options = RenderOptions()
        options.color = true
        assertBytes(ErrorRenderer.render(error, statement: "x", location: ScriptLocation(file: "f", line: 1), options: options),
            "\u{1B}[1mf:1:1:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad — try again\n  x\n  \u{1B}[1;32m^\u{1B}[0m\n")
    }
}
