import Foundation
import XCTest
@testable import ReportShell

/// Dispatch, scripts, statuses and result display of a session over corpus/.
final class SessionTests: XCTestCase {
    private var harnesses: [SessionHarness] = []

    private func harness(interactive: Bool = false, configure: (inout SessionConfiguration) -> Void = { _ in }) throws -> SessionHarness {
        let made = try SessionHarness(interactive: interactive, configure: configure)
        harnesses.append(made)
        made.clear()
        return made
    }

    override func tearDown() {
        harnesses.forEach { $0.remove() }
    }

    func testLoadSummaryGoesToTheErrorOutput() throws {
        let shell = try SessionHarness()
        harnesses.append(shell)
        XCTAssertTrue(shell.error.hasPrefix("loaded 5 reports from \(SessionHarness.corpus) (2 with tables as images, 0 skipped) in "),
                      shell.error)
        XCTAssertEqual(shell.standard, "")
    }

    func testBanner() throws {
        let shell = try harness(interactive: true)
        XCTAssertEqual(shell.session.banner,
                       "gongkai 0.1.0 — 5 reports from \(SessionHarness.corpus) (2 with tables as images); .help for help\n")
    }

    func testStatementsAndMetaCommandsAreDispatched() throws {
        let shell = try harness()
        let status = shell.run("select id where year = 2021;\n.format csv\nselect id where year = 2021")
        XCTAssertEqual(status, .success)
        XCTAssertEqual(shell.standard, """
            +----------------------+
            | id                   |
            +----------------------+
            | 001_34dea689f8aa9d71 |
            +----------------------+
            id\r
            001_34dea689f8aa9d71\r

            """)
        XCTAssertEqual(shell.error, "")
    }

    func testScriptErrorsNameTheFileLineAndColumnAndStopTheScript() throws {
        let shell = try harness()
        let script = "select id where year = 2021;\n\nselect year,\n  nope from reports;\nselect agency;\n"
        XCTAssertEqual(shell.session.runScript(script, name: "q.sql"), .failure)
        XCTAssertEqual(shell.error, """
            q.sql:4:3: error: unknown field 'nope' — '.fields' lists the field names
                nope from reports
                ^~~~

            """)
        XCTAssertFalse(shell.standard.contains("agency"), "the statement after the failing one must not run")
    }

    func testErrorsOnTheFirstLineCountColumnsFromTheStatementsStart() throws {
        let shell = try harness()
        XCTAssertEqual(shell.session.runScript("select 1;  select 机关, 年度 where 年度 = '2021';", name: "s.sql"), .failure)
        XCTAssertEqual(shell.error, """
            s.sql:1:37: error: cannot compare '年度' (integer) with ''2021'' (text) — write the number without quotes: 2021
              select 机关, 年度 where 年度 = '2021'
                                             ^~~~~~

            """)
    }

    func testMetaCommandErrorsInScriptsNameTheirLine() throws {
        let shell = try harness()
        XCTAssertEqual(shell.session.runScript("select 1;\n  .maxrows lots\n", name: "m.sql"), .usage)
        XCTAssertEqual(shell.error, "m.sql:2:3: error: N must be a whole number, 0 or more — usage: .maxrows [N]\n")
    }

    func testKeepGoingRunsTheRestAndStillFails() throws {
        let shell = try harness { $0.keepGoing = true }
        let status = shell.session.runScript("select nope;\nselect id where year = 2023;\n", name: "k.sql")
        XCTAssertEqual(status, .failure)
        XCTAssertTrue(shell.error.hasPrefix("k.sql:1:8: error: unknown field 'nope'"), shell.error)
        XCTAssertTrue(shell.standard.contains("003_d68fabd84de01588"), shell.standard)
    }

    func testTheWorstStatusWins() throws {
        let shell = try harness { $0.keepGoing = true }
        XCTAssertEqual(shell.session.runScript(".nonsense\nselect nope;\nselect 1;", name: "w.sql"), .usage)
        XCTAssertEqual(shell.session.runScript("select nope;\nselect 1;", name: "w.sql"), .failure)
        XCTAssertEqual(shell.session.runScript("select 1;", name: "w.sql"), .success)
    }

    func testUnknownMetaCommandIsAUsageErrorWithASuggestion() throws {
        let shell = try harness()
        XCTAssertEqual(shell.run(".hlep"), .usage)
        XCTAssertEqual(shell.error, "error: unknown command '.hlep' — did you mean '.help'?\n")
        XCTAssertEqual(SessionStatus.usage.exitCode, 2)
        XCTAssertEqual(SessionStatus.failure.exitCode, 1)
    }

    func testQuitEndsTheScript() throws {
        let shell = try harness()
        XCTAssertEqual(shell.session.runScript("select 1 as one;\n.quit\nselect 2 as two;", name: "q.sql"), .success)
        XCTAssertTrue(shell.session.hasQuit)
        XCTAssertTrue(shell.standard.contains("one"))
        XCTAssertFalse(shell.standard.contains("two"))
    }

    func testScriptModeShowsEveryRowWithoutFooter() throws {
        let shell = try harness { $0.format = .csv }
        shell.run("select id order by id")
        XCTAssertEqual(shell.standard.split(separator: "\r\n").count, 6)
        XCTAssertFalse(shell.standard.contains("rows)"))
    }

    func testInteractiveTablesHaveAFooterAndElideRowsWithAHint() throws {
        let shell = try harness(interactive: true)
        shell.run(".maxrows 2")
        shell.run("select id, year order by id")
        XCTAssertEqual(shell.standard, """
            +----------------------+------+
            | id                   | year |
            +----------------------+------+
            | 000_afc6a6d0ad89b90e | 2022 |
            | 001_34dea689f8aa9d71 | 2021 |
            +----------------------+------+
            … 3 more rows not shown (.maxrows 0 shows all, or export to a file)
            (5 rows)

            """)
    }

    func testInteractiveTablesWiderThanTheTerminalAreElidedOrWithExpandedAutoBecomeLines() throws {
        let shell = try harness(interactive: true)
        let query = "select id, agency, province, city, county, level, year, published where id = '003_d68fabd84de01588'"
        shell.run(query)
        // Widths + 3 on a 100-wide terminal: id 23, agency 29 (枣庄市市中区工业和信息化局), province 11,
        // city 9, county 9, level 9, year 7, published 13 — 111 in all. From both ends: 5 + 23 + 13 +
        // 29 + 7 + 11 + 9 = 97; city would make 106, so city and county are hidden.
        XCTAssertTrue(shell.standard.contains("| id                   | agency                     | province | … | level  | year | published  |\n"),
                      shell.standard)
        XCTAssertTrue(shell.standard.hasSuffix("… 2 of 8 columns not shown (.expanded on shows every field, one per line)\n(1 row)\n"),
                      shell.standard)
        shell.clear()
        shell.run(".expanded auto\n" + query)
        XCTAssertTrue(shell.standard.hasPrefix("id        = 003_d68fabd84de01588\nagency    = 枣庄市市中区工业和信息化局\n"),
                      shell.standard)
        XCTAssertTrue(shell.standard.hasSuffix("(1 row)\n"))
    }

    func testNullIsDistinctFromEmptyTextAndNullValueChangesIt() throws {
        let shell = try harness()
        shell.run("select proposals.npc, '' as empty where id ~ '004'")
        XCTAssertTrue(shell.standard.contains("|          NULL |       |"), shell.standard)
        shell.clear()
        shell.run(".nullvalue '(none)'\nselect proposals.npc where id ~ '004'")
        XCTAssertTrue(shell.standard.contains("|        (none) |"), shell.standard)
    }

    func testTimerPrintsTheRunTime() throws {
        let shell = try harness(interactive: true)
        shell.run(".timer on\nselect count(*)")
        XCTAssertNotNil(shell.standard.range(of: #"\(1 row\)\nRun Time: \d+\.\d ms, CPU \d+\.\d ms\n$"#, options: .regularExpression), shell.standard)
        shell.clear()
        shell.run(".timer off\nselect count(*)")
        XCTAssertFalse(shell.standard.contains("Run Time"))
    }

    func testInScriptModeMessagesGoToTheErrorOutput() throws {
        let shell = try harness()
        shell.run(".timer on\nselect count(*) as n")
        XCTAssertEqual(shell.standard, "+---+\n| n |\n+---+\n| 5 |\n+---+\n")
        XCTAssertTrue(shell.error.hasPrefix("Run Time: "), shell.error)
    }

    func testCancellingTheTokenInterruptsTheRunningStatement() throws {
        let shell = try harness { $0.testQueryDelayMilliseconds = 20_000 }
        let token = shell.session.cancellation
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { token.cancel() }
        XCTAssertEqual(shell.session.execute("select count(*);\nselect 2 as after;"), .failure)
        XCTAssertEqual(shell.error, "interrupted\n")
        XCTAssertEqual(shell.standard, "", "nothing after the interrupted statement runs")
        XCTAssertEqual(shell.session.execute(".help formats"), .success, "the next input starts afresh")
    }

    func testReadRunsAScriptAndRefusesEndlessRecursion() throws {
        let shell = try harness()
        let script = shell.path("loop.sql")
        try "select 1 as once;\n.read \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.run(".read \(script)"), .failure)
        XCTAssertTrue(shell.error.contains("\(script):2:1: error: scripts read each other too deeply (16 levels)"), shell.error)
        XCTAssertEqual(shell.run(".read \(shell.path("missing.sql"))"), .failure)
        XCTAssertTrue(shell.error.hasSuffix("error: cannot read \(shell.path("missing.sql")): No such file or directory\n"), shell.error)
    }

    func testReadScriptErrorsNameTheScript() throws {
        let shell = try harness()
        let script = shell.path("bad.sql")
        try "-- a comment\nselect agency\nwhere yaer = 2022;\n".write(toFile: script, atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.session.runScriptFile(script), .failure)
        XCTAssertTrue(shell.error.hasPrefix("\(script):3:7: error: unknown field 'yaer' — did you mean 'year'?"), shell.error)
    }

    func testViewsAndExportMessages() throws {
        let shell = try harness(interactive: true)
        shell.run("create view recent as select id, year where year >= 2022")
        shell.run("create or replace view recent as select id, year where year >= 2023")
        shell.run("drop view recent")
        XCTAssertEqual(shell.standard, "created view recent\nreplaced view recent\ndropped view recent\n")
    }
}
