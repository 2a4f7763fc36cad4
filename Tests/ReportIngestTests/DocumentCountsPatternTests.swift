import XCTest
import ReportModel
@testable import ReportIngest

final class DocumentCountsPatternTests: XCTestCase {
    private func counts(_ text: String) -> [String] {
        let (flow, range) = TextFixtures.flow(text)
        return DocumentCountsPattern.find(in: flow, range).map { "\($0.field)=\($0.figure.value)@\($0.figure.line)" }
    }

    func testReport001Sentence() {
        XCTAssertEqual(counts("2021年度，市工信局累计制发规范性文件9件，废止规范性文件0件，现行有效行政规范性文件14件。"), [
            "proactive.normative.issued=9@1", "proactive.normative.repealed=0@1", "proactive.normative.valid=14@1",
        ])
    }

    func testVerbAfterTheWordAndRules() {
        XCTAssertEqual(counts("规范性文件制发 3 件；规章废止1件"), [
            "proactive.normative.issued=3@1", "proactive.rules.repealed=1@1",
        ])
    }

    func testTableCellsAndOtherVerbsAreNotCounts() {
        XCTAssertEqual(counts("行政规范性文件\t7\t0\t9"), [])
        XCTAssertEqual(counts("全年共发布规范性文件2个"), [], "发布 is no column of table 二")
        XCTAssertEqual(counts("未出台发布规范性文件。"), [])
    }

    func testDisagreementWarnsAndAgreementDoesNot() {
        let catalog = FieldCatalog.standard
        var record = ReportRecord()
        let issued = catalog.proactive(.normativeIssued)
        record.set(issued, .integer(7), line: 67, origin: .table)
        XCTAssertTrue(TextTableComparison.check(issued, text: Figure(.integer(9), line: 32), in: &record))
        XCTAssertFalse(TextTableComparison.check(issued, text: Figure(.integer(7), line: 32), in: &record))
        XCTAssertEqual(record.warningList,
                       ["text and table disagree on proactive.normative.issued: text 9 (line 32), table 7 (line 67)"])
    }

    func testNoTableValueNoComparison() {
        let field = FieldCatalog.standard.proactive(.normativeValid)
        var record = ReportRecord()
        XCTAssertFalse(TextTableComparison.check(field, text: Figure(.integer(14), line: 32), in: &record))
        record.set(field, .integer(9), line: 3, origin: .narrative)
        XCTAssertFalse(TextTableComparison.check(field, text: Figure(.integer(14), line: 32), in: &record),
                       "only table values are compared")
        XCTAssertEqual(record.warningList, [])
    }
}
