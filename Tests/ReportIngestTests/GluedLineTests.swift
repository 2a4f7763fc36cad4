import XCTest
@testable import ReportIngest

/// Cutting a line of web text into rows: labels, runs of figures, numbering, units, sentences and headings.
final class GluedLineTests: XCTestCase {
    private func rows(_ text: String) -> [GridRow]? { GluedLine.rows(Array(text.unicodeScalars), line: 1, index: 0) }

    private func summary(_ rows: [GridRow]?) -> [String] {
        (rows ?? []).map { row in row.label.string + (row.cells.first?.gluedRun.map { "|" + $0.text } ?? "") }
    }

    func testLabelsAndRunsAlternate() {
        let text = "一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开1000001"
        XCTAssertEqual(summary(rows(text)), [
            "一、本年新收政府信息公开申请数量|1000001", "二、上年结转政府信息公开申请数量|0000000",
            "三、本年度办理结果(一)予以公开|1000001",
        ])
    }

    /// "00000002.其他法律…": the 2 is the next row's number; stray spaces inside a run are dropped.
    func testNumberingOfTheNextLabelAndStraySpaces() {
        let text = "1.属于国家秘密00 000 002.其他法律行政法规禁止公开0000 0003.危及“三安全一稳定”1 0 0 0 0 0 1"
        XCTAssertEqual(summary(rows(text)), [
            "1.属于国家秘密|0000000", "2.其他法律行政法规禁止公开|0000000", "3.危及三安全一稳定|1000001",
        ])
    }

    /// Figures followed by a unit are sentences, not rows; dates and phone numbers neither.
    func testUnitsDatesAndPhonesAreNotRuns() {
        let text = "2022年，本机关主动公开政府信息151条，联系电话：0531-6983679。行政许可12行政处罚无行政强制3"
        XCTAssertEqual(summary(rows(text)), [
            "2022年,本机关主动公开政府信息151条,联系电话:0531-6983679。", "行政许可|12", "行政处罚|无", "行政强制|3",
        ])
    }

    /// 无 opens the labels 无法提供 and 无正当理由; after a table 二 label it is a zero.
    func testZeroWordAndLabelsStartingWith无() {
        let text = "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息0000000 4.无正当理由大量反复申请无无无无无无无"
        XCTAssertEqual(summary(rows(text)), [
            "8.属于行政查询事项|0000000", "(四)无法提供1.本机关不掌握相关政府信息|0000000",
            "4.无正当理由大量反复申请|无无无无无无无",
        ])
    }

    /// Sentences and section headings become rows of their own, so that the locator sees them.
    func testHeadingsAndSentencesAreCut() {
        let text = "确保公开内容合法准确。2、 行政机关主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政事业性收费1044.273、 收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人一、本年新收政府信息公开申请数量1000001"
        XCTAssertEqual(summary(rows(text)), [
            "确保公开内容合法准确。", "2、行政机关主动公开政府信息情况",
            "第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章|000", "行政事业性收费|1044.27",
            "3、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)申请人情况自然人一、本年新收政府信息公开申请数量|1000001",
        ])
    }

    /// Other lines keep their usual reading: flowed rows with spaced figures, prose, one glued row is enough
    /// only where the line has no space-separated figures at its end.
    func testOnlyLinesWithGluedTableRows() {
        XCTAssertNil(rows("（一）予以公开 1 0 0 0 0 0 1"))
        XCTAssertNil(rows("本机关共受理依申请公开2件，予以公开1件。"))
        XCTAssertEqual(summary(rows("行政许可12")), ["行政许可|12"])
        XCTAssertEqual(summary(rows("（一）予以公开1000001")), ["(一)予以公开|1000001"])
        XCTAssertEqual(summary(rows("规章000行政规范性文件 1 2 3")), ["规章|000", "行政规范性文件|123"])
    }
}
