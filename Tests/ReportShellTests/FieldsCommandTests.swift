import ReportModel
import XCTest
@testable import ReportShell

final class FieldsCommandTests: MetaCommandTestCase {
    func testAChinesePatternMatchesLabelsAndCountsReportsWithAValue() {
        let csv = output(".format csv\n.fields 申请").split(separator: "\r\n").map(String.init)
        XCTAssertEqual(csv[0], "field,type,reports,label")
        XCTAssertTrue(csv.contains("requests.new.natural,integer,2,一、本年新收政府信息公开申请数量 自然人"))
        XCTAssertTrue(csv.contains("requests.new.total,integer,5,一、本年新收政府信息公开申请数量 总计"))
        XCTAssertTrue(csv.contains("requests.carried_in.total,integer,2,二、上年结转政府信息公开申请数量 总计"))
        XCTAssertTrue(csv.dropFirst().allSatisfy { $0.contains("申请") }, "every row matches in its label")
        XCTAssertFalse(csv.contains { $0.hasPrefix("agency,") })
    }

    func testAGlobMatchesWholeNames() {
        let rows = output(".format csv\n.fields requests.*.natural").split(separator: "\r\n").dropFirst()
        XCTAssertEqual(rows.count, 30)
        XCTAssertTrue(rows.allSatisfy { $0.hasPrefix("requests.") && $0.contains(".natural,integer,") })
        XCTAssertTrue(rows.contains("requests.processed.natural,integer,3,（七）总计 自然人"))
    }

    func testAliasesMatchAndCaseIsIgnored() {
        XCTAssertEqual(output(".format csv\n.fields 年份"), "field,type,reports,label\r\nyear,integer,5,年度\r\n")
        XCTAssertEqual(output(".format csv\n.fields PROCESSING_FEE"),
                       "field,type,reports,label\r\nprocessing_fee,decimal,5,信息处理费（元）\r\n")
    }

    func testNoMatchSaysSo() {
        XCTAssertEqual(output(".fields zzz"), "no field matches 'zzz'\n")
    }

    func testWithoutPatternEveryFieldIsListed() {
        XCTAssertEqual(output(".format csv\n.fields").split(separator: "\r\n").count,
                       ReportModel.FieldCatalog.standard.count + 1)
    }

    func testFieldPatterns() {
        XCTAssertTrue(FieldPattern("de*ed").matches("denied"))
        XCTAssertFalse(FieldPattern("de*ed").matches("denied.total"))
        XCTAssertTrue(FieldPattern("?ear").matches("Year"))
        XCTAssertTrue(FieldPattern("公开").matches("予以公开"))
        XCTAssertTrue(FieldPattern("").matches("anything"))
    }
}
