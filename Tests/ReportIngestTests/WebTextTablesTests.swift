import XCTest
import ReportModel
@testable import ReportIngest

/// Tables of reports saved as web text, the whole report on one line and the cells glued: runs split by
/// the number of cells and the sums the template guarantees, or left null with the reason.
final class WebTextTablesTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    /// Table 三 in one line: the official labels, each row's seven figures glued (all rows 0 unless given).
    private func requestTable(_ given: [RequestRow: [Int]]) -> String {
        var text = "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        for row in RequestRow.printed {
            switch row {
            case .granted: text += "三、本年度办理结果"
            case .deniedStateSecret: text += "（三）不予公开"
            case .unavailableNotHeld: text += "（四）无法提供"
            case .notProcessedPetition: text += "（五）不予处理"
            case .otherHandlingNoCorrection: text += "（六）其他处理"
            default: break
            }
            text += row.label + (given[row] ?? Array(repeating: 0, count: 7)).map(String.init).joined()
        }
        return text
    }

    private func record(_ text: String) -> ReportRecord {
        TableFixture.record(text: "本报告由某局编制。" + text + "五、存在的主要问题及改进情况无。")
    }

    private func row(_ r: ReportRecord, _ row: RequestRow) -> [Value] { TableFixture.requestRow(r, row) }

    private func ints(_ values: [Int]) -> [Value] { TableFixture.ints(values) }

    private func hasWarning(_ r: ReportRecord, _ parts: String..., file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(r.warningList.contains { w in parts.allSatisfy(w.contains) }, "\(r.warningList)", file: file, line: line)
    }

    func testUniqueRunsReadAsPrinted() {
        let r = record(requestTable([.new: [71, 3, 0, 0, 0, 0, 74], .granted: [71, 3, 0, 0, 0, 0, 74],
                                     .processed: [71, 3, 0, 0, 0, 0, 74]]))
        XCTAssertEqual(row(r, .new), ints([71, 3, 0, 0, 0, 0, 74]))
        XCTAssertEqual(row(r, .carriedOut), ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(r["tables.requests"], .text("text"))
        XCTAssertEqual(r["check.ok"], .bool(true))
        XCTAssertEqual(r.source(of: catalog.requests(.new, .natural)), Provenance(line: 1, origin: .table))
    }

    /// 予以公开 1|10… or 11|0… alone; 一 + 二 = （七）+ 四 in the 自然人 column decides （七）, and （七）=
    /// the outcome rows then decides 予以公开.
    func testColumnSumsDecideRowsAmbiguousAlone() {
        let r = record(requestTable([.new: [1, 8, 0, 0, 0, 0, 9], .carriedIn: [0, 2, 0, 0, 0, 0, 2],
                                     .granted: [1, 10, 0, 0, 0, 0, 11], .processed: [1, 10, 0, 0, 0, 0, 11]]))
        XCTAssertEqual(row(r, .granted), ints([1, 10, 0, 0, 0, 0, 11]))
        XCTAssertEqual(row(r, .processed), ints([1, 10, 0, 0, 0, 0, 11]))
        XCTAssertEqual(r["tables.requests"], .text("text"))
        XCTAssertEqual(r["check.ok"], .bool(true))
    }

    /// 予以公开 1 10 … 11 and 部分公开 11 0 … 11 can swap without changing any sum: both stay null.
    func testRowsThatCanSwapStayNull() {
        let truth: [RequestRow: [Int]] = [.new: [12, 10, 0, 0, 0, 0, 22], .granted: [1, 10, 0, 0, 0, 0, 11],
                                          .partial: [11, 0, 0, 0, 0, 0, 11], .processed: [12, 10, 0, 0, 0, 0, 22]]
        let r = record(requestTable(truth))
        XCTAssertEqual(row(r, .granted), Array(repeating: .null, count: 7))
        XCTAssertEqual(row(r, .partial), Array(repeating: .null, count: 7))
        hasWarning(r, "requests.granted", "digits 110000011 split 2 ways; left null")
        hasWarning(r, "requests.partial", "digits 110000011 split 2 ways; left null")
        XCTAssertEqual(r["tables.requests"], .text("partial"))
        for row in RequestRow.printed {
            for (i, value) in self.row(r, row).enumerated() where !value.isNull {
                XCTAssertEqual(value, .integer(truth[row]?[i] ?? 0), "never a wrong number: \(row.name) column \(i)")
            }
        }
    }

    /// A row that no split makes add up is null; a row whose only split does not add up is read as printed
    /// and the check fails.
    func testRowsThatDoNotAddUp() {
        let r = record(requestTable([.granted: [1, 0, 0, 0, 0, 0, 2], .deniedInquiry: [11, 0, 0, 0, 0, 0, 12]]))
        XCTAssertEqual(row(r, .granted), ints([1, 0, 0, 0, 0, 0, 2]))
        XCTAssertEqual(row(r, .deniedInquiry), Array(repeating: .null, count: 7))
        hasWarning(r, "requests.denied.inquiry", "digits 110000012: no split adds up; left null")
        XCTAssertEqual(r["check.rows"], .bool(false))
    }

    func testTablesTwoAndFourGlued() {
        let text = "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5010"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可12第二十条第（六）项信息内容本年处理决定数量行政处罚无行政强制05"
            + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费1044.27"
            + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
            + "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计1001200000300710"
        let r = record(text)
        XCTAssertEqual(r["proactive.rules.issued"], .integer(0))
        XCTAssertEqual(r["proactive.normative.issued"], .null)
        hasWarning(r, "table 二 row 行政规范性文件", "digits 5010 split 2 ways; left null")
        XCTAssertEqual(r["proactive.license"], .integer(12))
        XCTAssertEqual(r["proactive.penalty"], .integer(0))
        XCTAssertEqual(r["proactive.coercion"], .null)
        hasWarning(r, "table 二 row 行政强制", "'05' is not one figure")
        XCTAssertEqual(r["proactive.fees"], .decimal(1044.27))
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r["tables.proactive"], .text("partial"))
        XCTAssertEqual(r["review.total"], .integer(2))
        XCTAssertEqual(r["litigation.after_review.pending"], .integer(7))
        XCTAssertEqual(r["litigation.after_review.total"], .integer(10))
        XCTAssertEqual(r["tables.review"], .text("text"))
    }

    /// Where several splits add up block by block, table 四 stays null.
    func testAmbiguousReviewRunStaysNull() {
        let text = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
            + "1100011" + "00000" + "00000"
        let r = record(text)
        XCTAssertEqual(r["review.total"], .null)
        XCTAssertEqual(r["tables.review"], .text("unread"))
        hasWarning(r, "table 四", "digits 11000110000000000 split 2 ways; left null")
    }
}
