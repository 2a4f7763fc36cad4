import XCTest
@testable import ReportIngest

/// A report whose first line is its publisher's name alone, repeated by the next line as its subject
/// (`AgencyFinder.heading`; real report 12, 浑南区民族和宗教事务局 2021, Fixtures/real/).
final class AgencyHeadingTests: XCTestCase {
    private let opening = "2021年,浑南区民族和宗教事务局贯彻落实《中华人民共和国政府信息公开条例》(国务院令第711号)的有关规定"

    func testAFirstLineNameTheNextLineOpensWithNamesThePublisher() {
        let found = AgencyFinder.heading(ReportText("浑南区民族和宗教事务局\n" + opening))
        XCTAssertEqual(found?.name, "浑南区民族和宗教事务局")
        XCTAssertEqual(found?.line, 1)
    }

    /// The site's owner above a department's page, or a first line the next one does not repeat: no name.
    func testAFirstLineAloneOrAnotherBodyNamesNoOne() {
        XCTAssertNil(AgencyFinder.heading(ReportText("沈阳市浑南区人民政府\n" + opening)))
        XCTAssertNil(AgencyFinder.heading(ReportText("浑南区民族和宗教事务局\n一、总体情况")))
        XCTAssertNil(AgencyFinder.heading(ReportText("浑南区民族和宗教事务局2021年工作总结\n" + opening)))
    }

    /// Through the parser: the name, its city from the gazetteer (浑南区 is 沈阳市's), the region.
    func testTheRealReportGetsItsAgencyAndRegion() throws {
        let fixture = try XCTUnwrap(try RealReportSet.fixtures().first { $0.name.hasPrefix("12_") })
        let record = try RealReportSet.record(fixture)
        XCTAssertEqual(record["agency_printed"], .text("浑南区民族和宗教事务局"))
        XCTAssertEqual(record["county"], .text("浑南区"))
        XCTAssertEqual(record["province"], .text("辽宁省"))
    }
}

/// The opening "结合…信息公开工作实际情况编制" (`AgencyFinder.compiledFrom`; real report 42, 宣州区审计局 2022).
final class AgencyCompiledFromTests: XCTestCase {
    private func found(_ text: String) -> String? { AgencyFinder.compiledFrom(ReportText(text).flow)?.name }

    func testTheBodyWhoseOwnWorkTheReportIsCompiledFrom() {
        XCTAssertEqual(found("按照《中华人民共和国政府信息公开条例》要求,结合宣州区审计局信息公开工作实际情况编制。全文包含总体情况"),
                       "宣州区审计局")
    }

    /// Another document's work (工作要点), a year and a self-reference, or no 编制 in the sentence: no name.
    func testNoNameWithoutTheBodysOwnWorkOrTheCompiling() {
        XCTAssertNil(found("结合宣城市人民政府信息公开工作要点编制本报告。"))
        XCTAssertNil(found("结合2022年我县政府信息公开工作编制而成。"))
        XCTAssertNil(found("结合宣州区审计局信息公开工作实际情况。本报告由…编制"))
    }

    func testTheRealReportGetsItsAgencyAndCounty() throws {
        let fixture = try XCTUnwrap(try RealReportSet.fixtures().first { $0.name.hasPrefix("42_") })
        let record = try RealReportSet.record(fixture)
        XCTAssertEqual(record["agency_printed"], .text("宣州区审计局"))
        XCTAssertEqual(record["agency"], .text("宣城市宣州区审计局"))
        XCTAssertEqual(record["county"], .text("宣州区"))
    }
}
