import XCTest
@testable import ReportShell

/// `.width N1 N2 …` as sqlite3's: per-column widths in table and box output, 0 automatic, negative
/// right-aligned; `.width` alone resets (the shell habits' tests, `ShellHabitsTests`).
extension ShellHabitsTests {
    func testWidthsCutAndAlignThenResetAlone() {
        // 12 columns: 11 for text before the …, so 济宁市兖州 (10) and 聊城市工业 (10).
        XCTAssertEqual(shell.run(".width 12 -6\n\(two);"), .success)
        XCTAssertEqual(shell.standard, """
            +--------------+--------+
            | agency       |   year |
            +--------------+--------+
            | 济宁市兖州…  |   2022 |
            | 聊城市工业…  |   2022 |
            +--------------+--------+

            """)
        shell.clear()
        XCTAssertEqual(shell.run(".width\n\(two) limit 1;"), .success)
        XCTAssertEqual(shell.standard, """
            +----------------------------+------+
            | agency                     | year |
            +----------------------------+------+
            | 济宁市兖州区工业和信息化局 | 2022 |
            +----------------------------+------+

            """)
    }

    func testBoxModeZeroIsAutomaticAndAPositiveWidthLeftAligns() {
        XCTAssertEqual(shell.run(".mode box\n.width 0 6\n\(two);"), .success)
        XCTAssertEqual(shell.standard, """
            ┌────────────────────────────┬────────┐
            │ agency                     │ year   │
            ├────────────────────────────┼────────┤
            │ 济宁市兖州区工业和信息化局 │ 2022   │
            │ 聊城市工业和信息化局       │ 2022   │
            └────────────────────────────┴────────┘

            """)
    }

    func testWidthsAreWholeNumbersWithinBounds() {
        XCTAssertEqual(shell.run(".width 5 wide"), .usage)
        XCTAssertEqual(shell.error, "error: 'wide' is not a width: a whole number from -1000 to 1000 — usage: .width [N1 N2 …]\n")
        XCTAssertEqual(shell.run(".width -9223372036854775808"), .usage)
        XCTAssertEqual(shell.run(".width 100000"), .usage)
        shell.clear()
        XCTAssertEqual(shell.run(".format csv\n.width 3\n\(two) limit 1;"), .success)
        XCTAssertEqual(shell.standard, "agency,year\r\n济宁市兖州区工业和信息化局,2022\r\n", "csv ignores widths")
    }
}
