import XCTest
@testable import ReportIngest

/// One canonical name per body (`AgencyCanonical`, `RegionResolver`, `CountySlip`).
final class AgencyCanonicalTests: XCTestCase {
    private func resolve(_ agency: String, _ text: String) -> RegionResolver.Resolved {
        RegionResolver.resolving(agency, in: text)
    }

    func testADistrictBodyCarriesItsCity() {
        // 市中区 is in 济南, 枣庄, 乐山 and 内江; the area code 0833 is 乐山's.
        let resolved = resolve("市中区审计局", "市中区审计局\n联系电话：0833-2123456\n")
        XCTAssertEqual(resolved.agency?.name, "乐山市市中区审计局")
        XCTAssertEqual(resolved.match.city?.name, "乐山市")
        XCTAssertEqual(resolved.match.province?.name, "四川省")
        // A district the gazetteer knows in one city only needs no other evidence.
        XCTAssertEqual(resolve("兖州区工业和信息化局", "兖州区工业和信息化局").agency?.name, "济宁市兖州区工业和信息化局")
    }

    func testAnUnsettledDistrictKeepsItsPrintedName() {
        let resolved = resolve("市中区审计局", "市中区审计局\n")
        XCTAssertEqual(resolved.agency?.name, "市中区审计局")
        XCTAssertNil(resolved.match.city)
        XCTAssertTrue(resolved.warnings.contains { $0.contains("ambiguous") })
    }

    func testCountyCityAndProvinceBodies() {
        XCTAssertEqual(resolve("宿迁市沭阳县发展和改革局", "").agency?.name, "沭阳县发展和改革局")
        XCTAssertEqual(resolve("山东省济宁市工业和信息化局", "").agency?.name, "济宁市工业和信息化局")
        XCTAssertEqual(resolve("山东省工业和信息化厅", "").agency?.name, "山东省工业和信息化厅")
        XCTAssertEqual(resolve("山东省枣庄市市中区工业和信息化局", "").agency?.name, "枣庄市市中区工业和信息化局")
    }

    func testAMunicipalityIsProvinceAndCity() {
        let resolved = resolve("上海市人民政府办公厅", "")
        XCTAssertEqual(resolved.agency?.name, "上海市人民政府办公厅")
        XCTAssertEqual(resolved.match.province?.name, "上海市")
        XCTAssertEqual(resolved.match.city?.name, "上海市")
        XCTAssertEqual(resolve("浦东新区财政局", "").agency?.name, "上海市浦东新区财政局")
    }

    func testACountyOneCharacterOffIsMatchedOnlyWithSupport() {
        // 沐阳县 (OCR) for 沭阳县, 宿迁市: the text writes 沭阳 correctly elsewhere.
        let supported = resolve("沐阳县人民政府", "沐阳县人民政府\n本报告电子版可在“中国沭阳”政府门户网站查阅。\n")
        XCTAssertEqual(supported.agency?.name, "沭阳县人民政府")
        XCTAssertEqual(supported.match.county?.name, "沭阳县")
        XCTAssertEqual(supported.match.city?.name, "宿迁市")
        XCTAssertTrue(supported.warnings.contains { $0.contains("沐阳县 is not in the gazetteer") && $0.contains("沭阳 written on line 2") },
                      supported.warnings.joined(separator: "\n"))
        // 宿迁's area code alone does not settle it: 泗阳县 is in 宿迁 and a character away too.
        let cityOnly = resolve("沐阳县人民政府", "沐阳县人民政府\n电话：0527-83580000\n")
        XCTAssertEqual(cityOnly.agency?.name, "沐阳县人民政府")
        XCTAssertNil(cityOnly.match.county)
        // 0833 (乐山) settles 沐川县 → 沐川县 is real; a slip 沭川县 with 乐山's code is one county away only.
        let leshan = resolve("沭川县财政局", "沭川县财政局\n电话：0833-4512345\n")
        XCTAssertEqual(leshan.agency?.name, "沐川县财政局")
        XCTAssertEqual(leshan.match.city?.name, "乐山市")
        // 坪山区 (2016) is no slip for 南山区 (深圳 too): the gazetteer has it, added by hand.
        let pingshan = resolve("坪山区审计局", "坪山区审计局\n地址:深圳市坪山区金牛西路8号,电话:0755-85208554\n")
        XCTAssertEqual(pingshan.agency?.name, "深圳市坪山区审计局")
        XCTAssertEqual(pingshan.match.county?.name, "坪山区")
        XCTAssertEqual(pingshan.match.city?.name, "深圳市")
        // Nothing else in the text: no region is invented.
        let alone = resolve("沐阳县人民政府", "沐阳县人民政府\n")
        XCTAssertEqual(alone.agency?.name, "沐阳县人民政府")
        XCTAssertNil(alone.match.county)
        XCTAssertNil(alone.match.city)
    }
}
