import XCTest
@testable import ReportShell

/// `.views`, `.history`, `.quit`, `.load` and `.reload`.
final class SessionCommandsTests: MetaCommandTestCase {
    func testViewsListsTheViews() {
        _ = output("create view y as select year")
        XCTAssertEqual(output(".format csv\n.views"), "view,query\r\ny,select year\r\n")
        XCTAssertEqual(output(".format csv\nviews"), "view,query\r\ny,select year\r\n")
    }

    func testHistoryNumbersTheEntries() {
        shell.session.historyEntries = { ["select 1;", "select agency\nwhere year = 2022;"] + Array(repeating: ".help", count: 8) }
        XCTAssertEqual(output(".history"), """
             1  select 1;
             2  select agency
                where year = 2022;
             3  .help
             4  .help
             5  .help
             6  .help
             7  .help
             8  .help
             9  .help
            10  .help

            """)
    }

    func testQuitAndExit() {
        XCTAssertEqual(shell.run(".exit"), .success)
        XCTAssertTrue(shell.session.hasQuit)
    }

    func testLoadReplacesTheCorpusAndKeepsTheViews() {
        _ = output("create view y as select year")
        XCTAssertEqual(shell.run(".load \(SessionHarness.corpus)/003_d68fabd84de01588.txt"), .success)
        XCTAssertTrue(shell.error.hasPrefix("loaded 1 report from "), shell.error)
        XCTAssertEqual(output(".format csv\nselect * from y"), "year\r\n2023\r\n")
        XCTAssertEqual(shell.run(".reload"), .success)
        XCTAssertEqual(shell.session.corpus.records.count, 1)
        XCTAssertEqual(shell.run(".load"), .usage)
    }
}
