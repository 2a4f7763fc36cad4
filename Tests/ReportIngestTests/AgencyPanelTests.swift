import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// A panel: one body's reports over four years, each naming itself differently, give one `agency`; its
/// `agency_printed` keeps each year's own form. Built from report 003's body (枣庄市市中区工业和信息化局:
/// the text writes “枣庄市市中区人民政府网站”; signed 市中区工业和信息化局 / 2024年1月11日).
final class AgencyPanelTests: XCTestCase {
    static func body003() throws -> String {
        let lines = try TextFixtures.text("003").components(separatedBy: "\n")
        let title = try XCTUnwrap(lines.firstIndex { $0.contains("工作年度报告") })
        return lines[(title + 1)...].joined(separator: "\n")
    }

    func testFourYearsFourNamesOneAgency() throws {
        let headers: [(year: Int, header: String, printed: String)] = [
            (2020, "市中区工业和信息化局\n2020年政府信息公开工作年度报告", "市中区工业和信息化局"),
            (2021, "枣庄市市中区工业和信息化局2021年政府信息公开工作年度报告", "枣庄市市中区工业和信息化局"),
            (2022, "首页 > 政务公开 > 年报\n山东省枣庄市市中区工业和信息化局\n2022年政府信息公开工作年度报告", "山东省枣庄市市中区工业和信息化局"),
            (2023, "发布机构：枣庄市市中区工业和信息化局\n市中区工信局2023年政府信息公开工作年度报告", "枣庄市市中区工业和信息化局"),
        ]
        let body = try Self.body003()
        var agencies: Set<String> = []
        for (year, header, printed) in headers {
            // The body's own years move with the report's (统计期限 2023 → year, signed 2024年1月11日 → year + 1).
            let yearBody = body.replacingOccurrences(of: "2024年1月11日", with: "\(year + 1)年1月11日")
                .replacingOccurrences(of: "2023", with: "\(year)")
            let record = ReportParser.parse(text: header + "\n" + yearBody, file: "\(year)/report.txt", id: "\(year)/report")
            let warnings = record.warningList.joined(separator: "\n")
            XCTAssertEqual(record["year"], .integer(year), warnings)
            XCTAssertEqual(record["agency"], .text("枣庄市市中区工业和信息化局"), "\(year): \(warnings)")
            XCTAssertEqual(record["agency_printed"], .text(printed), "\(year): \(warnings)")
            XCTAssertEqual(record["city"], .text("枣庄市"))
            XCTAssertEqual(record["county"], .text("市中区"))
            record["agency"].textValue.map { _ = agencies.insert($0) }
        }
        XCTAssertEqual(agencies.count, 1)
    }
}
