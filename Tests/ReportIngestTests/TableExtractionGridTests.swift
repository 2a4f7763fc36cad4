import XCTest
@testable import ReportIngest

/// The layout-neutral pieces: folding, cell classification, grid rows, fitting cells, label keys.
final class TableExtractionGridTests: XCTestCase {
    private func folded(_ text: String) -> String { LabelText.folded(text).string }

    private func kind(_ text: String) -> GridCell.Kind { GridCell.classify(LabelText.folded(text)[...]) }

    private func rows(_ text: String) -> [GridRow] { TableGrid(lines: TableFixture.lines(text)).rows }

    func testFoldingDropsSpacesQuotesAndMarkersAndFoldsFullWidth() {
        XCTAssertEqual(folded("（七） 总 计"), "(七)总计")
        XCTAssertEqual(folded("3.危及“三安全一稳定”"), "3.危及三安全一稳定")
        XCTAssertEqual(folded("3.危及「三安全一稳定」"), "3.危及三安全一稳定")
        XCTAssertEqual(folded("3.危及‘三安全一稳定’"), "3.危及三安全一稳定")
        XCTAssertEqual(folded("3.危及\"三安全一稳定\""), "3.危及三安全一稳定")
        XCTAssertEqual(folded("[bookmark: _Hlk66973412]一、本年新收"), "一、本年新收")
        XCTAssertEqual(folded("１．属于国家秘密\u{3000}"), "1.属于国家秘密")
        XCTAssertEqual(folded("要求行政机关确认或重新<br>出具"), "要求行政机关确认或重新出具")
        var out: [Unicode.Scalar] = []
        XCTAssertTrue(LabelText.fold(ArraySlice("三、[image: 截图]收到".unicodeScalars), into: &out))
        XCTAssertEqual(out.string, "三、收到")
    }

    func testCellClassification() {
        XCTAssertEqual(kind("0"), .number(.integer(0)))
        XCTAssertEqual(kind("\u{3000}12"), .number(.integer(12)))
        XCTAssertEqual(kind("１２"), .number(.integer(12)))
        XCTAssertEqual(kind("无"), .number(.integer(0)))
        XCTAssertEqual(kind("0.36"), .number(.decimal(0.36)))
        XCTAssertEqual(kind("+1036"), .number(.integer(1036)))
        XCTAssertEqual(kind("-8"), .number(.integer(-8)))
        XCTAssertEqual(kind(""), .blank)
        XCTAssertEqual(kind("—"), .blank)
        XCTAssertEqual(kind("/"), .blank)
        XCTAssertEqual(kind("0件"), .unreadable("0件"))
        XCTAssertEqual(kind("2792220.8元"), .unreadable("2792220.8元"))
        XCTAssertEqual(kind("3.其他"), .text)
        XCTAssertEqual(kind("1、属于国家秘密"), .text)
        XCTAssertEqual(kind("2022年度我局在济阳区政府"), .text)
        XCTAssertEqual(kind("无法提供"), .text)
    }

    func testCountsRejectFractionsAndNegatives() {
        XCTAssertEqual(CellNumber.decimal(3.0).count, 3)
        XCTAssertNil(CellNumber.decimal(0.5).count)
        XCTAssertNil(CellNumber.integer(-1).count)
        XCTAssertEqual(CellNumber.integer(2).amount, 2)
    }

    /// Layout a: the leading empty cell before "(七) 总计" is not a figure.
    func testTabRowsMakeOneRowPerLine() {
        let grid = rows("\t(七) 总计\t0\t0\t0\t0\t0\t0\t0\n四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1")
        XCTAssertEqual(grid.count, 2)
        XCTAssertEqual(grid[0].label.string, "(七)总计")
        XCTAssertEqual(grid[0].cells.count, 7)
        XCTAssertEqual(grid[1].cells.count, 8)
        XCTAssertEqual(grid[1].cells[1].column, 2)
    }

    /// Layout b: one cell per line, an untabbed line continues the label, a blank line ends the row.
    func testCellPerLineJoinsLabelContinuations() {
        let grid = rows("\t\n\t5.要求行政机关确认或重新\n出具已获取信息\n\t0\n\t\u{3000}1\n\t\n\n\t（六）其他处理\n\t3.其他\n\t2")
        XCTAssertEqual(grid.count, 2)
        XCTAssertEqual(grid[0].label.string, "5.要求行政机关确认或重新出具已获取信息")
        XCTAssertEqual(grid[0].cells.map(\.kind), [.number(.integer(0)), .number(.integer(1)), .blank])
        XCTAssertEqual(grid[0].cells.map(\.line), [4, 5, 6])
        XCTAssertEqual(grid[1].label.string, "(六)其他处理3.其他")
    }

    /// Without blank lines, a label after figures starts a new row; blanks before it are its own.
    func testCellPerLineWithoutBlankLinesSplitsAtLabels() {
        let grid = rows("\t规章\n\t1\n\t2\n\t\n\t\n\t行政规范性文件\n\t3")
        XCTAssertEqual(grid.map(\.label.string), ["规章", "行政规范性文件"])
        XCTAssertEqual(grid[0].cells.count, 2)
    }

    /// Layout c: trailing figures are cells, everything before them the label; numbers inside text stay text.
    func testFlowedLinesKeepOnlyTrailingFigures() {
        let grid = rows("规章 无 无 无\n网站发布主动公开政务信息共 91 条，其中政府信息公开指南 1\n0 0 0")
        XCTAssertEqual(grid[0].label.string, "规章")
        XCTAssertEqual(grid[0].cells.count, 3)
        XCTAssertEqual(grid[1].cells.count, 1)
        XCTAssertEqual(grid[1].label.string, "网站发布主动公开政务信息共91条,其中政府信息公开指南")
        XCTAssertTrue(grid[2].label.isEmpty)
    }

    /// Long prose lines are read from their end only, but an image marker anywhere still counts.
    func testLongProseLinesKeepTheirEndAndImages() {
        let prose = String(repeating: "加强政策解读和回应，不断提升公开质量和实效。", count: 12)
        let grid = rows("[image: 表1]" + prose + "共计 3\n" + prose)
        XCTAssertEqual(grid.count, 2)
        XCTAssertTrue(grid[0].hasImage)
        XCTAssertEqual(grid[0].cells.map(\.kind), [.number(.integer(3))])
        XCTAssertTrue(grid[0].label.string.hasSuffix("实效。共计"))
        XCTAssertLessThanOrEqual(grid[0].label.count, 160)
        XCTAssertFalse(grid[1].hasImage)
    }

    /// Two figures in one cell are not one number.
    func testSpaceBetweenDigitsInACellIsUnreadable() {
        let grid = rows("规章\t1 2\t\u{3000}3\t[bookmark: _Hlk1] 4")
        XCTAssertEqual(grid[0].cells.map(\.kind), [.unreadable("1 2"), .number(.integer(3)), .number(.integer(4))])
    }

    /// Layout d: pipes split cells; separator rows vanish.
    func testPipeRows() {
        let grid = rows("| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 1 |  | 3 |")
        XCTAssertEqual(grid.count, 2)
        XCTAssertEqual(grid[1].label.string, "规章")
        XCTAssertEqual(grid[1].cells.map(\.kind), [.number(.integer(1)), .blank, .number(.integer(3))])
        let bare = rows("信息内容 | 本年制发件数\n--- | ---\n规章 | 1 | 2 | 3")
        XCTAssertEqual(bare.count, 2)
        XCTAssertEqual(bare[1].label.string, "规章")
        XCTAssertEqual(bare[1].cells.count, 3)
    }

    private func cells(_ kinds: [GridCell.Kind], from column: Int = -1) -> [GridCell] {
        kinds.enumerated().map { GridCell(kind: $1, line: 1, column: column < 0 ? -1 : column + $0) }
    }

    func testFittingDropsSurplusBlanksOnlyWhenUnambiguous() {
        let one = GridCell.Kind.number(.integer(1))
        XCTAssertEqual(GridRow.fit(cells([.blank, one, one]), to: 2)?.count, 2)
        XCTAssertEqual(GridRow.fit(cells([one, .blank, .blank]), to: 1)?.map(\.kind), [one])
        XCTAssertNil(GridRow.fit(cells([one, one]), to: 3))
        // A blank at each end and one too many: which column is blank cannot be told …
        let ambiguous = cells([.blank, one, .blank], from: 1)
        XCTAssertNil(GridRow.fit(ambiguous, to: 2))
        // … unless the table's other rows show where figures start.
        XCTAssertEqual(GridRow.fit(ambiguous, to: 2, dataColumn: 2)?.map(\.kind), [one, .blank])
        XCTAssertEqual(GridRow.fit(ambiguous, to: 2, dataColumn: 1)?.map(\.kind), [.blank, one])
        // Rows of the same layout (as many columns) must agree; each layout has its own.
        XCTAssertEqual(GridRow.dataColumns([(cells([.blank, one, one], from: 1), 2, 4), (cells([one, one], from: 2), 2, 4)]), [4: 2])
        XCTAssertEqual(GridRow.dataColumns([(cells([one, one], from: 1), 2, 4), (cells([one, one], from: 2), 2, 4)]), [:])
        XCTAssertEqual(GridRow.dataColumns([(cells([one, one], from: 1), 2, 3), (cells([one, one], from: 2), 2, 4)]), [3: 1, 4: 2])
    }

    func testRowKeysPickTheKeyThatEndsLast() {
        let keys = TableRowKeys.requests
        XCTAssertEqual(keys.match(LabelText.folded("三、本年度办(一)予以公开")), .granted)
        XCTAssertEqual(keys.match(LabelText.folded("（二）部分公开（区分处理的，只计这一情形，")), .partial)
        XCTAssertEqual(keys.match(LabelText.folded("理结果 不计其他情形）（三）不予公开1.属于国家秘密")), .deniedStateSecret)
        XCTAssertEqual(keys.match(LabelText.folded("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")),
                       .otherHandlingNoCorrection)
        XCTAssertEqual(keys.match(LabelText.folded("（六）其他处理")), .otherHandling)
        XCTAssertEqual(keys.match(LabelText.folded("3.其他")), .otherHandlingMisc)
        XCTAssertEqual(keys.match(LabelText.folded("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")), .partial)
        XCTAssertEqual(keys.match(LabelText.folded("(七) 总 计")), .processed)
        XCTAssertEqual(keys.match(LabelText.folded("3.危及「三安全一稳定」")), .deniedSecurity)
        XCTAssertNil(keys.match(LabelText.folded("申请人情况")))
        XCTAssertEqual(TableRowKeys.proactive.match(LabelText.folded("信息内容 本年制发件数 规章")), .rules)
        XCTAssertNil(TableRowKeys.proactive.match(LabelText.folded("规章制度建设")))
    }

    func testSectionHeadingsAreShortLinesOnly() {
        XCTAssertEqual(TableHeadings.section(of: LabelText.folded("2、 主动公开政府信息情况")), 2)
        XCTAssertEqual(TableHeadings.section(of: LabelText.folded("三、行政机关收到和处理政府信息公开申请情况")), 3)
        XCTAssertEqual(TableHeadings.section(of: LabelText.folded("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")), 4)
        XCTAssertEqual(TableHeadings.section(of: LabelText.folded(" 五、存在的主要问题及改进情况")), 5)
        XCTAssertNil(TableHeadings.section(of: LabelText.folded("（一）主动公开政府信息情况。2022 年度我局在济阳区政府")))
        XCTAssertNil(TableHeadings.section(of: LabelText.folded("开信息情况；未发生政府信息公开申请行政复议、提起行政诉讼")))
        XCTAssertEqual(TableHeadings.header(of: LabelText.folded("信息内容 本年新制作数量")), .proactive)
        XCTAssertEqual(TableHeadings.proactiveTemplate(of: LabelText.folded("本年新制作数量")), .y2019)
        XCTAssertNil(TableHeadings.header(of: LabelText.folded("加强对信息内容质量的监督检查。")))
    }
}
