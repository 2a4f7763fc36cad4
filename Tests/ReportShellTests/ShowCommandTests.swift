import ReportModel
import XCTest
@testable import ReportShell

final class ShowCommandTests: MetaCommandTestCase {
    func testEveryFieldWithItsValueAndLabelNullsIncluded() {
        let lines = output(".show 000").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, ReportModel.FieldCatalog.standard.count)
        let byName = Dictionary(lines.map { line in
            (String(line.prefix { $0 != " " }), line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " "))
        }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byName["id"], "000_afc6a6d0ad89b90e 编号")
        XCTAssertEqual(byName["year"], "2022 年度")
        XCTAssertEqual(byName["requests.new.total"], "0 一、本年新收政府信息公开申请数量 总计")
        XCTAssertEqual(byName["requests.new.natural"], "NULL 一、本年新收政府信息公开申请数量 自然人")
        let valueColumn = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "000_")!.lowerBound)
        for line in lines where !line.hasPrefix("text.s") {  // sections may be empty text
            let value = line.index(line.startIndex, offsetBy: valueColumn)
            XCTAssertTrue(line[..<value].hasSuffix("  ") && line[value] != " ", "values line up: \(line)")
        }
    }

    func testLongTextShowsItsFirstLineCut() {
        let text = output(".show 003").split(separator: "\n").first { $0.hasPrefix("text ") }!
        XCTAssertTrue(text.contains("市中区工业和信息化局 …"), String(text))
        XCTAssertTrue(text.hasSuffix("全文"))
    }

    func testTheIDMayBeAUniqueStart() {
        XCTAssertEqual(output(".show 003_d68fabd84de01588"), output(".show 003"))
        XCTAssertEqual(output(".show 00", status: .failure), "")
        XCTAssertEqual(shell.error, "error: '00' starts 5 report ids: 000_afc6a6d0ad89b90e, 001_34dea689f8aa9d71, 002_8805b726e6c8b84f, 003_d68fabd84de01588, 004_d751c33895197328 — type more of the id\n")
        XCTAssertEqual(output(".show 9", status: .failure), "")
        XCTAssertEqual(shell.error, "error: no report '9' — ids look like '000_afc6a6d0ad89b90e'; a unique start such as '000' is enough\n")
        XCTAssertEqual(output(".show", status: .usage), "")
    }

    func testDataFormatsGetTheRowsWhole() {
        let csv = output(".format csv\n.show 004").split(separator: "\r\n")
        XCTAssertEqual(csv[0], "field,value,label")
        XCTAssertTrue(csv.contains("proposals.total,24,建议提案合计"))
        XCTAssertTrue(csv.contains("proposals.npc,,人大代表建议"), "null is an empty CSV field")
    }
}
