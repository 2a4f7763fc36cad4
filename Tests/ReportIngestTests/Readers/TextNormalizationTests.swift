import XCTest
@testable import ReportIngest

final class TextNormalizationTests: XCTestCase {
    func testLineBreakBetweenChineseCharactersDisappears() {
        XCTAssertEqual(TextNormalization.line("政府信息\n      公开"), "政府信息公开")
        XCTAssertEqual(TextNormalization.line("公开，\r\n  工作"), "公开，工作")
        XCTAssertEqual(TextNormalization.line("共 91\n条"), "共 91 条", "a break next to a digit is a space")
        XCTAssertEqual(TextNormalization.line("annual\nreport"), "annual report")
    }

    func testWhitespaceRunsCollapseAndEndsAreTrimmed() {
        XCTAssertEqual(TextNormalization.line("  结果 \t\u{A0} 维持  "), "结果 维持")
        XCTAssertEqual(TextNormalization.line("　　0　"), "0", "full-width blanks trimmed")
        XCTAssertEqual(TextNormalization.line("姓　名"), "姓　名", "an inner full-width blank is kept")
        XCTAssertEqual(TextNormalization.line("a\u{200B}b\u{FEFF}c"), "abc")
        XCTAssertEqual(TextNormalization.line(" \u{3000} \n"), "")
    }

    func testCellLinesJoin() {
        XCTAssertEqual(TextNormalization.joinCellLines(["5.要求行政机关确认或重新", "出具已获取信息"]), "5.要求行政机关确认或重新出具已获取信息")
        XCTAssertEqual(TextNormalization.joinCellLines(["结果", "", "维持"]), "结果维持")
        XCTAssertEqual(TextNormalization.joinCellLines(["Total", "2022"]), "Total 2022")
        XCTAssertEqual(TextNormalization.joinCellLines(["共", "2022"]), "共 2022")
    }
}
