import XCTest
import ReportModel
@testable import ReportIngest

/// Table 四 of two real PDFs (Fixtures/real/), with the figures read off the report by hand: a note under
/// the column headers (06, 上海市人民政府办公厅 2025: `注：行政复议、行政诉讼数量含上年度结转数量。`) and prose
/// between the section heading and the headers (32, 威海市文登区审计局 2020, page 9: `2020 年,我单位…` /
/// `未出现申请行政复议、提起行政诉讼的情况。`) neither end the table nor give it a figure.
final class ReviewTableProseTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func record(_ name: String) throws -> ReportRecord {
        let fixture = try XCTUnwrap(try RealReportSet.fixtures().first { $0.name == name })
        return try RealReportSet.record(fixture)
    }

    private func figures(_ r: ReportRecord) -> [Value] {
        ReviewBlock.printed.flatMap { block in ReviewOutcome.allCases.map { r[catalog.review(block, $0)] } }
    }

    /// 06 prints 40 0 10 5 55 | 2 0 4 6 12 | 6 0 9 7 22 (each block adds up: 40 + 0 + 10 + 5 = 55 …).
    func testANoteUnderTheHeadersDoesNotEndTheTable() throws {
        let r = try record("06_shanghai_gov_office_2025")
        XCTAssertEqual(figures(r), TableFixture.ints([40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]))
        XCTAssertEqual(r["tables.review"], .text("text"))
    }

    /// 32 prints fifteen 0; the year of the prose above the headers (`2020 年`) is not a cell.
    func testProseAfterTheHeadingGivesNoFigure() throws {
        let r = try record("32_shandong_weihai_wendeng_audit_2020_page9")
        XCTAssertEqual(figures(r), Array(repeating: .integer(0), count: 15))
        XCTAssertFalse((r["warnings"].textValue ?? "").contains("table 四"), r["warnings"].textValue ?? "")
    }

    func testTheRulesAlone() {
        let prose = Array("2020 年,我单位对形成的政府信息实现了依法、有序公开,".unicodeScalars)
        XCTAssertTrue(TableStream.isYear(prose, 0..<4))
        let cells = Array("2020 0 0".unicodeScalars)
        XCTAssertFalse(TableStream.isYear(cells, 0..<4), "a figure 2020 in a row of figures is a cell")
        XCTAssertTrue(TableStream.isNote(Array("注：行政复议、行政诉讼数量含上年度结转数量。".unicodeScalars)))
        XCTAssertFalse(TableStream.isNote(Array("2020 年，未出现申请行政复议的情况。".unicodeScalars)))
        XCTAssertFalse(ReviewReconciler.isHeader(LabelText.folded("四、政府信息公开行政复议、行政诉讼情况")))
        XCTAssertTrue(ReviewReconciler.isHeader(LabelText.folded("行政复议行政诉讼")))
    }
}
