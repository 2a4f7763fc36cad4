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

    /// `.load` of paths not one of which can be read fails and keeps the reports loaded before.
    func testLoadingNothingReadableKeepsTheCorpus() {
        shell.clear()
        XCTAssertEqual(shell.run(".load /no/such/folder"), .failure)
        XCTAssertEqual(shell.error, "gongkai: /no/such/folder: no such file or directory\nerror: nothing could be read; the 5 reports loaded before stay loaded\n")
        XCTAssertEqual(shell.session.corpus.records.count, 5)
    }
}
