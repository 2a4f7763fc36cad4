import XCTest
@testable import ReportIngest

extension RegionResolver {
    /// `agency` (read on line 1) resolved against `text`, for the tests.
    static func resolving(_ agency: String, in text: String) -> Resolved {
        let report = ReportText(text)
        return RegionResolver().resolve(AgencyFinder.Found(name: agency, line: 1), report: report,
                                        evidence: RegionEvidence.collect(report))
    }
}

final class RegionResolverTests: XCTestCase {
    private func resolve(_ agency: String, _ text: String) -> RegionResolver.Resolved {
        RegionResolver.resolving(agency, in: text)
    }

    func testAnAmbiguousCountyIsSettledByTheAreaCode() {
        let resolved = resolve("市中区教育和体育局", "市中区教育和体育局\n联系电话：0632-3252082")
        XCTAssertEqual(resolved.match.city?.name, "枣庄市")
        XCTAssertEqual(resolved.agency?.name, "枣庄市市中区教育和体育局", "a district's body carries its city once it is known")
        XCTAssertEqual(resolved.match.length, 6)
        XCTAssertEqual(resolved.warnings, [])
    }

    func testTheCityIsPrefixedWhereTheTextWritesItWithTheCounty() {
        let resolved = resolve("市中区工业和信息化局", "地址:枣庄市市中区龙头西路17号")
        XCTAssertEqual(resolved.agency?.name, "枣庄市市中区工业和信息化局")
        XCTAssertEqual(resolved.match.length, 6)
        XCTAssertEqual(resolved.level, "county")
    }

    func testAnUnsettledCountyWarnsAndKeepsTheCityNull() {
        let resolved = resolve("市中区工业和信息化局", "没有别的线索")
        XCTAssertNil(resolved.match.city)
        XCTAssertEqual(resolved.match.countyName, "市中区")
        XCTAssertNil(resolved.match.province, "市中区 exists in two provinces")
        XCTAssertEqual(resolved.warnings.count, 1)
        XCTAssertTrue(resolved.warnings[0].contains("市中区 is ambiguous"))
    }

    func testANameWithoutAPlaceIsPlacedByEvidenceButKeepsNoLevel() {
        let resolved = resolve("工业和信息化局", "本报告电子版可在 http://gxj.jining.gov.cn 查阅")
        XCTAssertEqual(resolved.match.city?.name, "济宁市")
        XCTAssertEqual(resolved.match.province?.name, "山东省")
        XCTAssertNil(resolved.match.countyName)
        XCTAssertNil(resolved.level)
    }

    func testEvidenceKinds() {
        let evidence = RegionEvidence.collect(ReportText("""
        地址：济宁市兖州区九州中路88号
        联系电话：0635-1234567，传真 010-12345678
        网站 www.zzszq.gov.cn
        """))
        XCTAssertEqual(evidence.clues.map(\.city.name), ["济宁市", "聊城市", "北京市", "枣庄市"])
        XCTAssertEqual(evidence.clues.map(\.line), [1, 2, 2, 3])
    }
}
