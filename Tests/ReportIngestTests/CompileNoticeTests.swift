import XCTest
@testable import ReportIngest

/// `CompileNotice`: the place of the notice a report was compiled under. Sentences from real 39 and 42
/// (Fixtures/real/); the others are built from them to try each rule.
final class CompileNoticeTests: XCTestCase {
    private let parser = RegionParser.shared

    private func notice(_ text: String) -> CompileNotice.Found? {
        CompileNotice.find(ReportText(text).flow, parser)
    }

    private let pingwu = "根据《中华人民共和国政府信息公开条例》和《平武县人民政府办公室关于2021年度政府信息公开工作年度报告编制工作的通知》要求,现将2021年度政府信息公开工作情况报告如下:"
    private let anhui = "根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》和《安徽省政务公开办公室关于做好2022年度政府信息公开工作年度报告编制及统计数据报送工作的通知》要求"

    func testACountysNoticeGivesCountyCityAndProvince() throws {
        let found = try XCTUnwrap(notice(pingwu))
        XCTAssertEqual(found.match.county?.name, "平武县")
        XCTAssertEqual(found.match.city?.name, "绵阳市")
        XCTAssertEqual(found.match.province?.name, "四川省")
        XCTAssertEqual(found.line, 1)
    }

    func testAProvincesNoticeGivesTheProvinceOnly() throws {
        let found = try XCTUnwrap(notice(anhui))
        XCTAssertEqual(found.match.province?.name, "安徽省")
        XCTAssertNil(found.match.city)
        XCTAssertNil(found.match.county)
    }

    func testTitlesThatAreNotAPlacesCompileNoticeGiveNothing() {
        XCTAssertNil(notice("根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求"))
        XCTAssertNil(notice("认真贯彻执行《中华人民共和国政府信息公开条例》和《武汉市政府信息公开暂行规定》的各项要求"))
        XCTAssertNil(notice("按照《平武县人民政府办公室关于印发2021年政务公开工作要点的通知》"), "no 年度报告 after 关于")
        XCTAssertNil(notice("《关于政府信息公开工作年度报告有关事项的通知》"), "no issuer")
    }

    func testNoticesOnOneChainGiveTheDeepestAndOthersNothing() throws {
        let county = "《宣州区人民政府办公室关于做好2022年度政府信息公开工作年度报告编制工作的通知》"
        let found = try XCTUnwrap(notice(anhui + "\n" + county))
        XCTAssertEqual(found.match.county?.name, "宣州区")
        XCTAssertEqual(found.line, 2)
        XCTAssertNil(notice(anhui + "\n" + pingwu), "安徽省 does not hold 平武县")
    }

    func testAnAmbiguousCountyGivesNothing() {
        // 市中区 is a district of 济南, 枣庄, 乐山 and 内江.
        XCTAssertNil(notice("根据《市中区人民政府办公室关于2021年度政府信息公开工作年度报告编制工作的通知》要求"))
    }

    /// A report whose agency names no place (县统计局, real 39) is placed by its notice; an address in
    /// another city contradicts it and the address is taken, as before.
    func testTheResolverPlacesAReportByItsNoticeUnlessTheCluesContradictIt() {
        let resolver = RegionResolver()
        let report = ReportText(pingwu + "\n县统计局积极加强政府网站的进一步建设")
        let placed = resolver.resolve(nil, report: report, evidence: RegionEvidence.collect(report))
        XCTAssertEqual(placed.match.countyName, "平武县")
        XCTAssertEqual(placed.match.city?.name, "绵阳市")
        let other = ReportText(pingwu + "\n地址：宣城市宣州区鳌峰中路")
        let contradicted = resolver.resolve(nil, report: other, evidence: RegionEvidence.collect(other))
        XCTAssertNil(contradicted.match.countyName)
        XCTAssertEqual(contradicted.match.city?.name, "宣城市")
    }
}
