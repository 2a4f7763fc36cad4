import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// Header variants around real report bodies: the bundled reports 001 (济宁市工业和信息化局 2021) and 004
/// (no name anywhere), and the openings of real report pages (URLs below). Every variant gives the right
/// agency and year, or null with a warning — never a wrong agency.
final class HeaderVariantsTests: XCTestCase {
    /// Report 001 from its first section heading on: its opening sentence (本报告由济宁市工业和信息化局…)
    /// and 统计期限 (2021) stay, its title is replaced by each variant's header.
    static func body001() throws -> String {
        let text = try TextFixtures.text("001")
        let lines = text.components(separatedBy: "\n")
        let title = try XCTUnwrap(lines.firstIndex { $0.contains("工作年度报告") })
        return lines[(title + 1)...].joined(separator: "\n")
    }

    private func record(_ text: String) -> ReportRecord { ReportParser.parse(text: text, file: "v.txt", id: "v") }

    private func assertIdentity(_ header: String, agency: String?, year: Int, warning: String? = nil,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let report = record(header + "\n" + (try Self.body001()))
        XCTAssertEqual(report["agency"], agency.map(Value.text) ?? .null, report.warningList.joined(separator: "\n"),
                       file: file, line: line)
        XCTAssertEqual(report["year"], .integer(year), file: file, line: line)
        if let warning {
            XCTAssertTrue(report.warningList.contains { $0.contains(warning) }, report.warningList.joined(separator: "\n"),
                          file: file, line: line)
        }
    }

    func testABreadcrumbLineAboveTheTitle() throws {
        try assertIdentity("首页 > 政务公开 > 政府信息公开年报\n济宁市工业和信息化局2021年政府信息公开工作年度报告",
                           agency: "济宁市工业和信息化局", year: 2021)
        // The breadcrumb alone above a title without a name: the name comes from the opening sentence.
        try assertIdentity("首页 > 政务公开 > 政府信息公开年报\n2021年政府信息公开工作年度报告",
                           agency: "济宁市工业和信息化局", year: 2021)
    }

    func testABreadcrumbOnTheTitleLine() throws {
        try assertIdentity("当前位置：首页 > 信息公开 > 年度报告 > 济宁市工业和信息化局2021年政府信息公开工作年度报告",
                           agency: "济宁市工业和信息化局", year: 2021)
        try assertIdentity("首页>政府信息公开>济宁市工业和信息化局 2021 年政府信息公开 工作年度报告",
                           agency: "济宁市工业和信息化局", year: 2021)
    }

    func testASiteBannerOnTheTitleLine() throws {
        try assertIdentity("济宁市人民政府 | 济宁市工业和信息化局2021年政府信息公开工作年度报告",
                           agency: "济宁市工业和信息化局", year: 2021)
    }

    func testMetadataBlocks() throws {
        try assertIdentity("""
            索引号：11370800MB28531234/2022-00001\t发布机构：济宁市工业和信息化局
            标题：济宁市工业和信息化局2021年政府信息公开工作年度报告
            发布时间：2022-01-20 09:30
            """, agency: "济宁市工业和信息化局", year: 2021)
        // 名称 with a space, the publisher in a table row.
        try assertIdentity("名称 济宁市工业和信息化局2021年政府信息公开工作年度报告\n发布机构\t济宁市工业和信息化局\t发布日期\t2022-01-20",
                           agency: "济宁市工业和信息化局", year: 2021)
    }

    func testATitleSplitMidName() throws {
        try assertIdentity("济宁市工业和信\n息化局2021年政府信息公开工作年度报告", agency: "济宁市工业和信息化局", year: 2021)
        try assertIdentity("济宁市\n工业和信息化局\n2021年政府信息公开工作年度报告", agency: "济宁市工业和信息化局", year: 2021)
        try assertIdentity("济宁市工业和信息化局2021年政府信息公开\n工作年度报告", agency: "济宁市工业和信息化局", year: 2021)
    }

    func testSiteChromeWithTheSuperiorAsSource() throws {
        try assertIdentity("""
            济宁市人民政府
            首页 | 政务公开 | 政务服务 | 互动交流
            来源：济宁市人民政府  发布时间：2022-01-20
            2021年政府信息公开工作年度报告
            """, agency: "济宁市工业和信息化局", year: 2021)
        let footer = record(try Self.body001() + "\n主办单位：济宁市人民政府办公室  网站标识码：3708000001\n来源：济宁市人民政府")
        XCTAssertEqual(footer["agency"], .text("济宁市工业和信息化局"))
    }

    func testCitedNoticesBeforeAnyTitle() throws {
        try assertIdentity("""
            根据《济宁市人民政府办公室关于做好2021年度政府信息公开工作年度报告编制发布工作的通知》要求，现将有关情况报告如下。
            济宁市工业和信息化局 2021 年政府信息公开 工作年度报告
            """, agency: "济宁市工业和信息化局", year: 2021)
    }

    func testTitleAndSignatureThatDisagreeGiveNullAndSayWhy() throws {
        let body = try Self.body001().replacingOccurrences(of: "本报告由济宁市工业和信息化局", with: "本报告由")
        let signed = "\n\n济宁市财政局\n2022年1月20日\n"
        // Title and contact sentence (请与济宁市工业和信息化局…联系) against the signature: two places win, with a warning.
        let outvoted = record("济宁市工业和信息化局2021年政府信息公开工作年度报告\n" + body + signed)
        XCTAssertEqual(outvoted["agency"], .text("济宁市工业和信息化局"))
        XCTAssertTrue(outvoted.warningList.contains { $0.contains("chosen over 济宁市财政局 (signature line") },
                      outvoted.warningList.joined(separator: "\n"))
        // Title against signature alone: null, both named.
        let contactless = body.replacingOccurrences(of: "请与济宁市工业和信息化局", with: "请与本局")
        let split = record("济宁市工业和信息化局2021年政府信息公开工作年度报告\n" + contactless + signed)
        XCTAssertEqual(split["agency"], .null)
        XCTAssertTrue(split.warningList.contains { $0.contains("names different publishers") && $0.contains("济宁市财政局") },
                      split.warningList.joined(separator: "\n"))
    }

    /// Report 004 names no publisher: only 我局 and the documents it cites. Null, with a warning naming
    /// what it cites; with page chrome around it, still null.
    func testNoNameAnywhereGivesNullAndAWarning() throws {
        let text = try TextFixtures.text("004")
        for wrapped in [text, "首页 > 政务公开 > 政府信息公开年报\n来源：济南市人民政府\n" + text + "\n主办单位：济南市济阳区人民政府办公室"] {
            let report = record(wrapped)
            XCTAssertEqual(report["agency"], .null)
            XCTAssertEqual(report["agency_printed"], .null)
            XCTAssertTrue(report.warningList.contains { $0.hasPrefix("agency unknown") }, report.warningList.joined(separator: "\n"))
            XCTAssertEqual(report["year"], .integer(2022))
        }
    }
}
