import XCTest
@testable import ReportShell

/// `.fields` fits the screen in table and box output: labels wrap onto continuation rows, the
/// table is never wider than the width (the terminal's, else `$COLUMNS`, else 80); CSV keeps the
/// labels whole. `level`, `template` and `tables.*` list their values' Chinese names.
final class FittedFieldsTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func shell(interactive: Bool = false, terminal: Int? = nil, columns: Int? = nil) throws -> SessionHarness {
        let shell = try SessionHarness(interactive: interactive, folder: folder) {
            $0.terminalWidth = { terminal }
            $0.columns = columns
        }
        shell.clear()
        return shell
    }

    func testLabelsWrapToTheColumnsVariableWhenThereIsNoTerminal() throws {
        let shell = try shell(columns: 60)
        // field 18, type 7, reports 7 and the borders take 45 of 60: 15 for the label, whose
        // characters are two columns wide, so 14 a line (一、本年新收政 | 府信息公开申请 | 数量 总计).
        XCTAssertEqual(shell.run(".fields requests.new.total"), .success)
        XCTAssertEqual(shell.standard, """
            +--------------------+---------+---------+----------------+
            | field              | type    | reports | label          |
            +--------------------+---------+---------+----------------+
            | requests.new.total | integer |       5 | 一、本年新收政 |
            |                    |         |         | 府信息公开申请 |
            |                    |         |         | 数量 总计      |
            +--------------------+---------+---------+----------------+

            """)
    }

    func testTheTerminalsWidthWinsAndTheFooterCountsFields() throws {
        let shell = try shell(interactive: true, terminal: 50, columns: 200)
        XCTAssertEqual(shell.run(".mode box\n.fields 年份"), .success)
        XCTAssertEqual(shell.standard, "┌───────┬─────────┬─────────┬───────┐\n│ field │ type    │ reports │ label │\n├───────┼─────────┼─────────┼───────┤\n"
            + "│ year  │ integer │       5 │ 年度  │\n└───────┴─────────┴─────────┴───────┘\n(1 row)\n")
        shell.clear()
        XCTAssertEqual(shell.run(".fields level"), .success)
        let lines = shell.standard.split(separator: "\n")
        XCTAssertEqual(lines.last, "(1 row)", "one field, however many lines its label takes")
        XCTAssertGreaterThan(lines.count, 6, "the label wrapped")
        for line in lines.dropLast() { XCTAssertLessThanOrEqual(DisplayWidthOf(line), 50, String(line)) }
        let label = lines.dropFirst(3).dropLast(2).map { $0.split(separator: "│").last!.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertEqual(label.filter { $0 != " " },
                       "层级;values:central中央级/中央,province省级,city市级/地市级,county县级/区县级,township乡镇级/乡级",
                       "the wrapped lines hold the whole label")
    }

    func testEightyWhenNeitherAndCSVKeepsLabelsWhole() throws {
        let shell = try shell()
        XCTAssertEqual(shell.run(".fields tables.requests"), .success)
        XCTAssertTrue(shell.standard.split(separator: "\n").allSatisfy { DisplayWidthOf($0) <= 80 }, shell.standard)
        XCTAssertTrue(shell.standard.contains("| tables.requests | text |       5 | 表三 依申请（text/partial/unread/image/ |\n|                 |      |         | absent）; values: text 文本, partial    |\n"),
                      shell.standard)
        shell.clear()
        XCTAssertEqual(shell.run(".format csv\n.fields tables.requests"), .success)
        XCTAssertEqual(shell.standard, "field,type,reports,label\r\n"
            + "tables.requests,text,5,\"表三 依申请（text/partial/unread/image/absent）; values: text 文本, partial 部分, unread 未读, image 图片, absent 缺失\"\r\n")
    }

    func testWrapBreaksAfterSpacesOrCommasElseAnywhere() {
        XCTAssertEqual(FittedListing.wrap("aaaa bbbb cccc", width: 9), ["aaaa bbbb", "cccc"])
        XCTAssertEqual(FittedListing.wrap("一二三四五六七", width: 5), ["一二", "三四", "五六", "七"])
        XCTAssertEqual(FittedListing.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(FittedListing.wrap("短", width: 1), ["短"], "a character wider than the line still moves on")
        XCTAssertEqual(FittedListing.wrap("", width: 5), [""])
    }
}

import ReportOutput

private func DisplayWidthOf(_ text: Substring) -> Int { DisplayWidth.of(text) }
