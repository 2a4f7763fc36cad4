import ReportModel
import XCTest
@testable import ReportOutput

final class TableRendererTests: XCTestCase {
    func testAlignsMixedChineseAndASCIIByDisplayWidth() {
        let text = TableRenderer().render(SampleResults.agencies, options: RenderOptions())
        assertBytes(text, """
            +----------------+------+--------------+--------------+--------+
            | agency         | year | requests.new | rate.granted | online |
            +----------------+------+--------------+--------------+--------+
            | 北京市人民政府 | 2023 |         1234 |       0.6667 | true   |
            | Shanghai       | 2022 |         NULL |       0.5000 | false  |
            |                | 2021 |            0 |         NULL | NULL   |
            +----------------+------+--------------+--------------+--------+

            """)
        let widths = Set(text.split(separator: "\n").map { DisplayWidth.of($0) })
        XCTAssertEqual(widths, [TableRenderer.width(of: SampleResults.agencies, options: RenderOptions())])
    }

    func testEveryLineHasTheSameDisplayWidthWithWideAndCombiningText() {
        let result = ResultSet(columns: [ResultColumn(name: "名称", type: .text), ResultColumn(name: "数", type: .decimal)], rows: [
            [.text("（一）政府信息公开"), .decimal(12.5)],
            [.text("cafe\u{0301} 😀"), .decimal(-3)],
            [.text("１２３、。"), .decimal(1e-9)],
        ])
        let text = TableRenderer().render(result, options: RenderOptions())
        assertBytes(text, """
            +--------------------+------+
            | 名称               |   数 |
            +--------------------+------+
            | （一）政府信息公开 | 12.5 |
            | cafe\u{0301} 😀            | -3.0 |
            | １２３、。         |  0.0 |
            +--------------------+------+

            """)
        XCTAssertEqual(Set(text.split(separator: "\n").map { DisplayWidth.of($0) }).count, 1)
    }

    func testFooterCountsRowsWhenAskedFor() {
        var options = RenderOptions()
        options.footer = true
        XCTAssertTrue(TableRenderer().render(SampleResults.agencies, options: options).hasSuffix("+\n(3 rows)\n"))
        let one = ResultSet(columns: [ResultColumn(name: "n", type: .integer)], rows: [[.integer(1)]])
        assertBytes(TableRenderer().render(one, options: options), """
            +---+
            | n |
            +---+
            | 1 |
            +---+
            (1 row)

            """)
        assertBytes(TableRenderer().render(SampleResults.empty, options: options), """
            +--------+------+--------------+--------------+--------+
            | agency | year | requests.new | rate.granted | online |
            +--------+------+--------------+--------------+--------+
            (0 rows)

            """)
    }

    func testNullTextIsConfigurableAndStaysDistinctFromEmptyText() {
        var options = RenderOptions()
        options.nullText = "∅"
        let text = TableRenderer().render(SampleResults.agencies, options: options)
        XCTAssertTrue(text.contains("|                | 2021 |            0 |            ∅ | ∅      |\n"), text)
    }

    func testRowsBeyondMaxRowsAreCountedNotShown() {
        var options = RenderOptions()
        options.maxRows = 2
        options.footer = true
        assertBytes(TableRenderer().render(SampleResults.numbered(1236), options: options), """
            +--------+---+
            | agency | n |
            +--------+---+
            | 机关1  | 1 |
            | 机关2  | 2 |
            +--------+---+
            … 1,234 more rows not shown (.maxrows 0 shows all, or export to a file)
            (1,236 rows)

            """)
        options.maxRows = 3
        options.elisionHint = "use .all"
        XCTAssertTrue(TableRenderer().render(SampleResults.numbered(4), options: options)
            .hasSuffix("+\n… 1 more row not shown (use .all)\n(4 rows)\n"))
        options.maxRows = 4
        XCTAssertFalse(TableRenderer().render(SampleResults.numbered(4), options: options).contains("not shown"))
    }

    func testLongCellsAreCutAtMaxColumnWidthAndControlsEscaped() {
        let result = ResultSet(columns: [ResultColumn(name: "text", type: .text)], rows: [
            [.text("一、总体情况\n本机关")], [.text("ok")],
        ])
        var options = RenderOptions()
        options.maxColumnWidth = 10
        assertBytes(TableRenderer().render(result, options: options), """
            +-----------+
            | text      |
            +-----------+
            | 一、总体… |
            | ok        |
            +-----------+

            """)
        options.maxColumnWidth = nil
        XCTAssertTrue(TableRenderer().render(result, options: options).contains("| 一、总体情况\\n本机关 |"))
    }

    func testExpandedAutoSwitchesToLinesWhenTheTableIsTooWide() {
        let tableWidth = TableRenderer.width(of: SampleResults.agencies, options: RenderOptions())
        XCTAssertEqual(tableWidth, 64)
        var options = RenderOptions()
        options.expanded = .auto
        options.terminalWidth = 64
        XCTAssertTrue(TableRenderer.usesTable(SampleResults.agencies, options: options))
        XCTAssertTrue(TableRenderer().render(SampleResults.agencies, options: options).hasPrefix("+---"))
        options.terminalWidth = 63
        XCTAssertFalse(TableRenderer.usesTable(SampleResults.agencies, options: options))
        assertBytes(
            TableRenderer().render(SampleResults.agencies, options: options),
            LineRenderer().render(SampleResults.agencies, options: options)
        )
        options.terminalWidth = nil
        XCTAssertTrue(TableRenderer.usesTable(SampleResults.agencies, options: options), "unknown width: a table")
        options.expanded = .on
        XCTAssertFalse(TableRenderer.usesTable(SampleResults.agencies, options: options))
    }

    func testColorBoldsHeadersAndDimsNullsWithoutBreakingAlignment() {
        let result = ResultSet(columns: [ResultColumn(name: "n", type: .integer)], rows: [[.null], [.integer(12345)]])
        var options = RenderOptions()
        options.color = true
        assertBytes(TableRenderer().render(result, options: options), """
            +-------+
            |     \u{1B}[1mn\u{1B}[0m |
            +-------+
            |  \u{1B}[2mNULL\u{1B}[0m |
            | 12345 |
            +-------+

            """)
    }

    func testNoColumnsRendersOnlyTheFooter() {
        var options = RenderOptions()
        assertBytes(TableRenderer().render(ResultSet(columns: [], rows: []), options: options), "")
        options.footer = true
        assertBytes(TableRenderer().render(ResultSet(columns: [], rows: []), options: options), "(0 rows)\n")
    }
}
