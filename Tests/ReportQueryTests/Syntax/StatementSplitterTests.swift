import XCTest
@testable import ReportQuery

final class StatementSplitterTests: XCTestCase {
    private func texts(_ script: String) -> [String] { StatementSplitter.split(script).map(\.text) }

    func testSemicolonsSeparateAndEmptyStatementsAreSkipped() {
        XCTAssertEqual(texts("select 1; select 2;;\n select 3"), ["select 1", "select 2", "select 3"])
    }

    func testStatementsSpanLinesAndKeepPositions() {
        let script = "select agency,\n       year\nwhere year > 2020;\n\n  views\n"
        let items = StatementSplitter.split(script)
        XCTAssertEqual(items.map(\.text), ["select agency,\n       year\nwhere year > 2020", "views"])
        XCTAssertEqual(items.map(\.line), [1, 5])
        XCTAssertEqual(items.map(\.column), [1, 3])
        XCTAssertEqual(items[1].offset, Array(script.utf8).count - 6)
        XCTAssertEqual(items.map(\.kind), [.statement, .statement])
    }

    func testALineStartingWithAStatementKeywordEndsTheStatementBefore() {
        XCTAssertEqual(texts("select 1\nselect 2\n  SELECT 3\nviews\ndrop view v\nexport v to 'x.csv'\ncreate view w as select 1"),
                       ["select 1", "select 2", "SELECT 3", "views", "drop view v", "export v to 'x.csv'",
                        "create view w as select 1"])
    }

    func testAnOpenStatementContinuesOnTheKeywordLine() {
        XCTAssertEqual(texts("create view big as\nselect agency\nwhere requests.new > 100\nselect 1"),
                       ["create view big as\nselect agency\nwhere requests.new > 100", "select 1"])
        XCTAssertEqual(texts("export\nselect agency to 'a.csv'"), ["export\nselect agency to 'a.csv'"])
    }

    func testAKeywordInsideAWordOrAPathDoesNotSplit() {
        XCTAssertEqual(texts("select agency,\nselected"), ["select agency,\nselected"])
        XCTAssertEqual(texts("select 1\nselect.x"), ["select 1\nselect.x"])
    }

    func testCommentsAndStrings() {
        let script = """
            -- a comment; with a semicolon
            select 'a;b', "--not a comment" -- trailing; comment
            ;select `x;y` from v -- end
            """
        XCTAssertEqual(texts(script), ["select 'a;b', \"--not a comment\"", "select `x;y` from v"])
        XCTAssertEqual(StatementSplitter.split(script).map(\.line), [2, 3])
        XCTAssertEqual(StatementSplitter.split(script)[1].column, 2)
    }

    func testStringsSpanningLinesDoNotSplitAndCountLines() {
        let items = StatementSplitter.split("select 'one\nselect two'\n;\nselect 3")
        XCTAssertEqual(items.map(\.text), ["select 'one\nselect two'", "select 3"])
        XCTAssertEqual(items.map(\.line), [1, 4])
    }

    func testMetaCommandsAreTheirOwnItems() {
        let items = StatementSplitter.split(".mode csv\nselect 1\n  .output out.txt  \nselect 2;\n.quit")
        XCTAssertEqual(items.map(\.kind), [.metaCommand, .statement, .metaCommand, .statement, .metaCommand])
        XCTAssertEqual(items.map(\.text), [".mode csv", "select 1", ".output out.txt", "select 2", ".quit"])
        XCTAssertEqual(items.map(\.line), [1, 2, 3, 4, 5])
        XCTAssertEqual(items[2].column, 3)
    }

    func testColumnsCountCharactersNotBytes() {
        let items = StatementSplitter.split("select 机关; select 2")
        XCTAssertEqual(items[1].column, 12)
        XCTAssertEqual(items[1].offset, 15)
    }

    func testIsComplete() {
        XCTAssertTrue(StatementSplitter.isComplete("select agency;"))
        XCTAssertTrue(StatementSplitter.isComplete("select agency"))
        XCTAssertTrue(StatementSplitter.isComplete("select agency where requests.new > 0  -- note"))
        XCTAssertTrue(StatementSplitter.isComplete(".help"))
        XCTAssertTrue(StatementSplitter.isComplete("views"))
        XCTAssertTrue(StatementSplitter.isComplete("select )"), "an error before the end is shown, not waited on")
        XCTAssertTrue(StatementSplitter.isComplete("select agency where;"))
        XCTAssertFalse(StatementSplitter.isComplete("select agency where"))
        XCTAssertFalse(StatementSplitter.isComplete("select agency,\n"))
        XCTAssertFalse(StatementSplitter.isComplete("select 'abc; def"))
        XCTAssertFalse(StatementSplitter.isComplete("select (1 + 2"))
        XCTAssertFalse(StatementSplitter.isComplete("create view v as"))
        XCTAssertFalse(StatementSplitter.isComplete(""))
        XCTAssertFalse(StatementSplitter.isComplete("  -- only a comment"))
        XCTAssertFalse(StatementSplitter.isComplete("select 1; select agency where"))
        XCTAssertTrue(StatementSplitter.isComplete("select 1; select 2"))
    }

    func testTheInteractiveRuleIsTheSemicolon() {
        XCTAssertTrue(StatementSplitter.isTerminated("select agency;"))
        XCTAssertTrue(StatementSplitter.isTerminated("select agency\nwhere year = 2022 ;  -- note"))
        XCTAssertTrue(StatementSplitter.isTerminated(".help"))
        XCTAssertTrue(StatementSplitter.isTerminated("select )   ;"))
        XCTAssertFalse(StatementSplitter.isTerminated("select agency"), "parses, but has no ';' yet")
        XCTAssertFalse(StatementSplitter.isTerminated("views"))
        XCTAssertFalse(StatementSplitter.isTerminated("select 'a;'"))
        XCTAssertFalse(StatementSplitter.isTerminated("select agency -- ;"))
        XCTAssertFalse(StatementSplitter.isTerminated("select `a;b`"))
        XCTAssertFalse(StatementSplitter.isTerminated(""))
    }
}
