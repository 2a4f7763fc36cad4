import XCTest
@testable import ReportIngest

final class SpanGridTests: XCTestCase {
    private func cell(_ text: String, _ colspan: Int = 1, _ rowspan: Int = 1) -> TableCell {
        TableCell(content: text.isEmpty ? [] : [.line(text)], colspan: colspan, rowspan: rowspan)
    }

    func testColspanPadsEmptyCellsAfterItsText() {
        XCTAssertEqual(SpanGrid.expand([[cell("甲", 3), cell("1")], [cell("a"), cell("b"), cell("c"), cell("2")]]),
                       [["甲", "", "", "1"], ["a", "b", "c", "2"]])
    }

    func testRowspanTextOnlyInItsFirstRow() {
        let grid = SpanGrid.expand([
            [cell("三", 1, 3), cell("（一）"), cell("5")],
            [cell("（二）"), cell("6")],
            [cell("（三）"), cell("7")],
            [cell("四"), cell("（四）"), cell("8")],
        ])
        XCTAssertEqual(grid, [["三", "（一）", "5"], ["", "（二）", "6"], ["", "（三）", "7"], ["四", "（四）", "8"]])
    }

    func testSpanningBlockCoversRowsAndColumns() {
        let grid = SpanGrid.expand([
            [cell("注", 2, 2), cell("申请人情况", 3)],
            [cell("自然人"), cell("法人", 2)],
            [cell("一"), cell(""), cell("1"), cell("2"), cell("3")],
        ])
        XCTAssertEqual(grid, [["注", "", "申请人情况", "", ""], ["", "", "自然人", "法人", ""], ["一", "", "1", "2", "3"]])
    }

    func testRowspanInTheLastColumnKeepsTheRowWide() {
        let grid = SpanGrid.expand([[cell("a"), cell("总计", 1, 2)], [cell("b")], [cell("c")]])
        XCTAssertEqual(grid, [["a", "总计"], ["b", ""], ["c"]])
    }

    func testRowspanBeyondTheTableAndOverlongSpansAreHarmless() {
        let grid = SpanGrid.expand([[cell("a", 5000, 70_000), cell("b")], [cell("c")]])
        XCTAssertEqual(grid[0].count, SpanGrid.maximumColumns)
        XCTAssertEqual(grid[0].first, "a")
        XCTAssertEqual(grid[1].count, SpanGrid.maximumColumns, "the row below is covered, its own cell dropped")
        XCTAssertTrue(grid[1].allSatisfy(\.isEmpty))
    }

    func testContinuationCellPrintsNothing() {
        var merged = cell("copied")
        merged.isContinuation = true
        XCTAssertEqual(SpanGrid.expand([[cell("三"), cell("1")], [merged, cell("2")]]), [["三", "1"], ["", "2"]])
    }

    func testLayoutTablesAreReadAsLines() {
        var frame = TableNode()
        frame.rows = [[TableCell(content: [.line("一、总体情况"), .line("正文")]), cell("旁注")]]
        XCTAssertFalse(TableTextWriter.isLayout(frame))
        frame.rows[0][0].content += [.line("三"), .line("四"), .line("五")]
        XCTAssertTrue(TableTextWriter.isLayout(frame), "a cell of five lines is running text")
        XCTAssertEqual(TableTextWriter.lines(of: [.table(frame)]), ["一、总体情况", "正文", "三", "四", "五", "旁注"])
        var single = TableNode()
        single.rows = [[cell("标题")], [cell("第一段")]]
        XCTAssertTrue(TableTextWriter.isLayout(single), "a one-column table is a frame")
        var data = TableNode()
        data.rows = [[cell("规章"), cell("0")], [cell(""), cell("")]]
        XCTAssertEqual(TableTextWriter.lines(of: [.table(data)]), ["规章\t0"], "rows without text are left out")
        data.rows.append([cell("注：" + String(repeating: "本表数据统计口径说明。", count: 40), 2)])
        XCTAssertFalse(TableTextWriter.isLayout(data), "a long one-paragraph footnote row keeps the table a data table")
    }
}
