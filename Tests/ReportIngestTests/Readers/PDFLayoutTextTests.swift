import XCTest
@testable import ReportIngest

final class PDFLayoutTextTests: XCTestCase {
    func testTableBlockBecomesCells() {
        let layout = """
            三、收到和处理政府信息公开申请情况
              信息内容              本年制发件数       本年废止件数
              规章                无            无

              行政规范性文件           2            0
            """
        XCTAssertEqual(PDFLayoutText.canonical(layout), """
            三、收到和处理政府信息公开申请情况
            信息内容 本年制发件数 本年废止件数
            规章\t无\t无
            行政规范性文件\t2\t0

            """)
    }

    func testLoneRowNeedsThreeFigures() {
        let layout = """
            第二十条第（五）项
            行政许可              无
            信息内容              本年处理决定数量
            3.其他                         1        0        0    0        0        0        1
            （三）不     4.保护第三方合法权益                  0        0
            """
        XCTAssertEqual(PDFLayoutText.canonical(layout).canonicalLines, [
            "第二十条第（五）项", "行政许可 无", "信息内容 本年处理决定数量",
            "3.其他\t1\t0\t0\t0\t0\t0\t1", "（三）不\t4.保护第三方合法权益\t0\t0", "",
        ])
    }

    func testFiguresAloneAndSqueezedColumns() {
        XCTAssertEqual(PDFLayoutText.rowCells("  0     0    0     0"), ["0", "0", "0", "0"])
        XCTAssertEqual(PDFLayoutText.rowCells("合计  1 0 0 1"), ["合计", "1", "0", "0", "1"])
        XCTAssertEqual(PDFLayoutText.rowCells("收费金额  12.50  -3  1,200  45%"), ["收费金额", "12.50", "-3", "1,200", "45%"])
    }

    func testProseIsNotATable() {
        XCTAssertNil(PDFLayoutText.rowCells("2022 年度我局在济阳区政府网站发布主动公开政务信息共 91 条"))
        XCTAssertNil(PDFLayoutText.rowCells("未经复议直接起诉                         复议后起诉"))
        XCTAssertNil(PDFLayoutText.rowCells("8"), "a page number alone")
        XCTAssertNil(PDFLayoutText.rowCells("一  二  三  四  1"), "more than three labels")
        XCTAssertFalse(PDFLayoutText.isFigure("一"))
        XCTAssertFalse(PDFLayoutText.isFigure("1.属于国家秘密"))
        XCTAssertFalse(PDFLayoutText.isFigure("2022年"))
        XCTAssertTrue(PDFLayoutText.isFigure("０"))
        XCTAssertEqual(PDFLayoutText.canonical("本报告  共计  8  页\n\u{0C}第二页"), "本报告 共计 8 页\n第二页\n",
                       "a lone row of one figure is text")
    }
}
