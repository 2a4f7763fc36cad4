import Foundation
import ReportOutput
import XCTest
@testable import ReportShell

/// The sqlite3 and psql habits: `.headers`, `.tables`, `.schema`, `.mode box`, `.expanded`, `\x`,
/// and the session settings behind `-q`, `--bom`, `--no-header`, `-s`.
final class ShellHabitsTests: XCTestCase {
    var shell: SessionHarness!
    let two = "select agency, year where id ~ '000' or id ~ '002' order by id"

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    func testHeadersOffLeavesTheHeaderRowOut() {
        XCTAssertEqual(shell.run(".format csv\n.headers off\n\(two);"), .success)
        XCTAssertEqual(shell.standard, "济宁市兖州区工业和信息化局,2022\r\n聊城市工业和信息化局,2022\r\n")
        shell.clear()
        XCTAssertEqual(shell.run(".headers\n.headers on\n.format tsv\n\(two);"), .success)
        XCTAssertEqual(shell.standard, "headers: off\nagency\tyear\n济宁市兖州区工业和信息化局\t2022\n聊城市工业和信息化局\t2022\n")
        shell.clear()
        XCTAssertEqual(shell.run(".headers maybe"), .usage)
        XCTAssertEqual(shell.error, "error: say on or off — usage: .headers [on|off]\n")
    }

    func testModeBoxDrawsUnicodeLinesAlignedByDisplayWidth() {
        XCTAssertEqual(shell.run(".mode box\n\(two);"), .success)
        // 济宁市兖州区工业和信息化局 is 13 characters, 26 columns wide.
        XCTAssertEqual(shell.standard, """
            ┌────────────────────────────┬──────┐
            │ agency                     │ year │
            ├────────────────────────────┼──────┤
            │ 济宁市兖州区工业和信息化局 │ 2022 │
            │ 聊城市工业和信息化局       │ 2022 │
            └────────────────────────────┴──────┘

            """)
        shell.clear()
        XCTAssertEqual(shell.run(".headers off\n\(two) limit 1;"), .success)
        XCTAssertEqual(shell.standard, "┌────────────────────────────┬──────┐\n│ 济宁市兖州区工业和信息化局 │ 2022 │\n└────────────────────────────┴──────┘\n")
    }

    func testModeLineIsOneFieldPerLine() {
        XCTAssertEqual(shell.run(".mode line\n\(two) limit 1;"), .success)
        XCTAssertTrue(shell.standard.contains("agency = 济宁市兖州区工业和信息化局\n"), shell.standard)
    }

    func testExpandedAndBackslashX() throws {
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        interactive.clear()
        XCTAssertEqual(interactive.run(".expanded"), .success)
        XCTAssertEqual(interactive.standard, "expanded: off\n", "a wide table is elided, not expanded, by default")
        interactive.clear()
        XCTAssertEqual(interactive.run("\\x\nselect year where id ~ '003';"), .success)
        XCTAssertTrue(interactive.standard.hasPrefix("Expanded display is on.\n"), interactive.standard)
        XCTAssertTrue(interactive.standard.contains("year = 2023\n"), interactive.standard)
        interactive.clear()
        XCTAssertEqual(interactive.run("\\x\nselect year where id ~ '003';"), .success)
        XCTAssertTrue(interactive.standard.hasPrefix("Expanded display is off.\n+------+\n| year |\n"), interactive.standard)
        interactive.clear()
        XCTAssertEqual(interactive.run(".expanded on\nselect year where id ~ '003';\n.expanded off\n.expanded"), .success)
        XCTAssertTrue(interactive.standard.contains("year = 2023\n"), interactive.standard)
        XCTAssertTrue(interactive.standard.hasSuffix("expanded: off\n"), interactive.standard)
        XCTAssertEqual(interactive.run(".expanded sideways"), .usage)
    }

    func testAWideResultHidesItsMiddleColumnsToFitTheTerminal() throws {
        // The shell's terminal is 100 wide. Column widths + 3: agency 26 (济宁市兖州区工业和信息化局)
        // → 29, then requests.new.natural 23, business 24, research 24, ngo 19, legal_service 29,
        // other_org 25, org 19, total 21. From both ends: 5 + 29 + 21 + 23 + 19 = 97; business
        // (24) would make 121.
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        interactive.clear()
        XCTAssertEqual(interactive.run("select agency, requests.new.* where id ~ '000';"), .success)
        let lines = interactive.standard.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[1], "| agency                     | requests.new.natural | … | requests.new.org | requests.new.total |")
        XCTAssertEqual(lines[3], "| 济宁市兖州区工业和信息化局 |                 NULL | … |             NULL |                  0 |")
        XCTAssertEqual(lines[5], "… 5 of 9 columns not shown (.expanded on shows every field, one per line)")
        XCTAssertEqual(lines[6], "(1 row)")
        XCTAssertEqual(Set(lines[0...4].map { DisplayWidth.of($0) }), [97])
        interactive.clear()
        XCTAssertEqual(interactive.run(".expanded auto\nselect agency, requests.new.* where id ~ '000';"), .success)
        XCTAssertTrue(interactive.standard.contains("requests.new.business      = NULL\n"), interactive.standard)
        // Not a terminal (a script to a pipe): every column.
        XCTAssertEqual(shell.run("select agency, requests.new.* where id ~ '000';"), .success)
        XCTAssertTrue(shell.standard.contains("| requests.new.business |"), shell.standard)
        XCTAssertFalse(shell.standard.contains("not shown"), shell.standard)
    }

    func testTablesListsReportsAndTheViews() {
        XCTAssertEqual(shell.run("create view 大户 as select agency where requests.new > 1;\ncreate view a as select year;\n.tables"), .success)
        XCTAssertEqual(shell.standard, "reports\na\n大户\n")
    }

    func testSchemaShowsAViewsQueryOrTheFields() {
        XCTAssertEqual(shell.run("create view a as select year where year > 2021;\n.schema A"), .success)
        XCTAssertEqual(shell.standard, "create view a as select year where year > 2021;\n")
        shell.clear()
        XCTAssertEqual(shell.run(".schema reports"), .success)
        XCTAssertTrue(shell.standard.hasPrefix("create table reports (\n  id text, -- 编号\n  file text, -- 文件\n"), shell.standard)
        XCTAssertTrue(shell.standard.contains("\n  year integer, -- 年度\n"), shell.standard)
        XCTAssertTrue(shell.standard.hasSuffix(");\n"))
        shell.clear()
        XCTAssertEqual(shell.run(".schema nope"), .usage)
        XCTAssertEqual(shell.error, "error: no view or table 'nope' — .tables lists them\n")
    }

    func testCommandLineSettingsQuietBOMNoHeaderSeparator() throws {
        let configured = try SessionHarness(folder: shell.folder) {
            $0.quiet = true
            $0.bom = true
            $0.headers = false
            $0.separator = ";"
            $0.format = .csv
        }
        XCTAssertEqual(configured.error, "", "no load summary")
        XCTAssertEqual(configured.run("select agency, 'a;b' as t where id ~ '002';"), .success)
        XCTAssertEqual(configured.standard, "\u{FEFF}聊城市工业和信息化局;\"a;b\"\r\n")
    }

    func testTabAfterFromAndJoinOffersViewsAndReports() throws {
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        XCTAssertEqual(interactive.run("create view shandong as select agency where province = '山东省'"), .success)
        XCTAssertEqual(interactive.session.completions(forTextBeforeCursor: "select agency from "), ["reports", "shandong"])
        XCTAssertEqual(interactive.session.completions(forTextBeforeCursor: "select agency from r"), ["reports"])
        XCTAssertEqual(interactive.session.completions(forTextBeforeCursor: "select * from a join s"), ["shandong"])
    }
}
