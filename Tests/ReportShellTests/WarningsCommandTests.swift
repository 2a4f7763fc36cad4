import XCTest
@testable import ReportShell

final class WarningsCommandTests: MetaCommandTestCase {
    func testOneReportsWarnings() {
        XCTAssertEqual(output(".format csv\n.warnings 001"), """
            report,warning\r
            001_34dea689f8aa9d71,"table 二 is partial: missing 行政强制, 行政事业性收费"\r
            001_34dea689f8aa9d71,"table 三 is partial: only （七）总计, 四、结转下年度继续办理 printed (23 rows missing)"\r
            001_34dea689f8aa9d71,"text and table disagree on proactive.normative.issued: text 9 (line 32), table 7 (line 67)"\r
            001_34dea689f8aa9d71,"text and table disagree on proactive.normative.valid: text 14 (line 32), table 9 (line 67)"\r

            """)
        XCTAssertEqual(output(".warnings 003"), "no warnings\n")
    }

    func testAllWarningsIncludeLoadingProblems() throws {
        let folder = shell.folder.path
        try "not a report".write(toFile: folder + "/junk.txt", atomically: true, encoding: .utf8)
        let mixed = try SessionHarness(folder: shell.folder) { $0.paths = [SessionHarness.corpus, folder + "/junk.txt"] }
        mixed.clear()
        XCTAssertEqual(mixed.run(".format csv\n.warnings"), .success)
        let rows = mixed.standard.split(separator: "\r\n")
        XCTAssertTrue(rows[1].hasPrefix("junk.txt,"), "\(rows)")
        XCTAssertEqual(rows.filter { $0.hasPrefix("000_afc6a6d0ad89b90e,") }.count, 3)
        XCTAssertEqual(rows.filter { $0.hasPrefix("004_d751c33895197328,\"agency unknown") }.count, 1, "\(rows)")
        XCTAssertEqual(rows.count, 1 + 1 + 12)
    }
}
