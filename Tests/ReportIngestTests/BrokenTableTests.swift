import XCTest
import ReportModel
@testable import ReportIngest

/// Table 三 printed in pieces — split by page breaks with its column headers repeated or lost, running
/// page headers and page numbers between the pieces, pieces with different column layouts — is read as one
/// table where the row labels and the seven columns make the meaning certain, and left null where not.
final class BrokenTableTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func row(_ r: ReportRecord, _ row: RequestRow) -> [Value] { TableFixture.requestRow(r, row) }

    private func ints(_ values: Int...) -> [Value] { TableFixture.ints(values) }

    private let nulls = [Value](repeating: .null, count: 7)

    /// Every printed row of table 三 as "label n n n n n n n" (the group rows before their first sub-row).
    private func flowedRows(_ rows: ArraySlice<RequestRow>, value: (RequestRow) -> String = { _ in "0 0 0 0 0 0 0" }) -> [String] {
        rows.flatMap { row -> [String] in
            var lines: [String] = []
            switch row {
            case .granted: lines.append("三、本年度办理结果")
            case .deniedStateSecret: lines.append("（三）不予公开")
            case .unavailableNotHeld: lines.append("（四）无法提供")
            case .notProcessedPetition: lines.append("（五）不予处理")
            case .otherHandlingNoCorrection: lines.append("（六）其他处理")
            default: break
            }
            return lines + [row.label + " " + value(row)]
        }
    }

    private let header = ["申请人情况", "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]

    /// A page break with the column headers repeated, a page number and the report's running title.
    func testPageBreakWithRepeatedHeaders() {
        let rows = RequestRow.printed[...]
        let lines = ["三、收到和处理政府信息公开申请情况"] + header + flowedRows(rows.prefix(12))
            + ["- 4 -", "济南市济阳区工业和信息化局2022年政府信息公开工作年度报告"] + header
            + flowedRows(rows.dropFirst(12), value: { $0 == .processed ? "1 0 0 0 0 0 1" : "0 0 0 0 0 0 0" })
        var text = lines.joined(separator: "\n")
        text = text.replacingOccurrences(of: "申请数量 0 0 0 0 0 0 0\n二、", with: "申请数量 1 0 0 0 0 0 1\n二、")
        text = text.replacingOccurrences(of: "3.其他 0 0 0 0 0 0 0", with: "3.其他 1 0 0 0 0 0 1")
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .otherHandlingMisc), ints(1, 0, 0, 0, 0, 0, 1))
        XCTAssertEqual(row(r, .processed), ints(1, 0, 0, 0, 0, 0, 1))
        XCTAssertEqual(r["tables.requests"], .text("text"), "\(r.warningList)")
        XCTAssertEqual(r["check.ok"], .bool(true))
    }

    /// The headers and the heading lost (OCR): the labels and seven figures alone make the table.
    func testHeadersAndHeadingLost() {
        let text = (["（一）主动公开", "2022年主动公开政府信息12条。"] + flowedRows(RequestRow.printed[...])
            + ["四、政府信息公开行政复议、行政诉讼情况"]).joined(separator: "\n")
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["tables.requests"], .text("text"), "\(r.warningList)")
        XCTAssertEqual(row(r, .carriedOut), ints(0, 0, 0, 0, 0, 0, 0))
    }

    /// A row's label at the foot of one page and its figures at the top of the next, the headers repeated
    /// in between.
    func testLabelBeforeAndFiguresAfterARepeatedHeader() {
        let text = (["三、收到和处理政府信息公开申请情况"] + header + flowedRows(RequestRow.printed.prefix(3))
            + ["（二）部分公开（区分处理的，只计这一情形，", "- 2 -"] + header
            + ["不计其他情形） 0 1 0 0 0 0 1"]).joined(separator: "\n")
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .partial), ints(0, 1, 0, 0, 0, 0, 1), "\(r.warningList)")
    }

    /// Two tab tables: the first with a group column (figures from column 2), the second without
    /// (figures from column 1). A row with a blank at each end takes its columns from the rows of its own
    /// piece; where its piece shows none, it stays null.
    func testPiecesWithDifferentColumns() {
        var lines = ["三、收到和处理政府信息公开申请情况", "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\t"]
        for row in RequestRow.printed.prefix(20) {
            lines.append("\t" + row.label + "\t" + Array(repeating: "0", count: 7).joined(separator: "\t") + "\t")
        }
        lines.append("自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\t")
        for row in RequestRow.printed.dropFirst(20) where row != .processed {
            lines.append(row.label + "\t" + Array(repeating: "0", count: 7).joined(separator: "\t") + "\t")
        }
        // （七）总计 with 自然人 blank and a padding cell: columns 1…7 in this piece.
        lines.append("（七）总计\t\t0\t0\t0\t0\t0\t0\t")
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        XCTAssertEqual(row(r, .processed), [.null] + ints(0, 0, 0, 0, 0, 0))
        XCTAssertEqual(row(r, .otherHandlingMisc), ints(0, 0, 0, 0, 0, 0, 0))

        // The same row alone in its piece: no row of its piece shows the columns.
        let alone = Array(lines.prefix(22)) + ["自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\t", "（七）总计\t\t0\t0\t0\t0\t0\t0\t"]
        let r2 = TableFixture.record(text: alone.joined(separator: "\n"))
        XCTAssertEqual(row(r2, .processed), nulls, "never the first piece's columns")
        XCTAssertTrue(r2.warningList.contains { $0.contains("their columns are uncertain") }, "\(r2.warningList)")
    }
}
