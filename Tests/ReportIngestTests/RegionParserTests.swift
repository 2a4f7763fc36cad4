import XCTest
@testable import ReportIngest

final class RegionParserTests: XCTestCase {
    private let parser = RegionParser.shared

    func testFullChain() {
        let match = parser.parse("济宁市兖州区工业和信息化局")
        XCTAssertEqual(match.province?.name, "山东省")
        XCTAssertEqual(match.city?.name, "济宁市")
        XCTAssertEqual(match.countyName, "兖州区")
        XCTAssertEqual(match.length, 6)
        XCTAssertEqual(match.level, "county")
    }

    func testRenamedCountyKeepsTheTextsName() {
        let match = parser.parse("济南市济阳区工业和信息化局")
        XCTAssertEqual(match.countyName, "济阳区", "the gazetteer still says 济阳县")
        XCTAssertEqual(match.county?.code, 370_125)
        XCTAssertEqual(match.city?.name, "济南市")
    }

    func testCityLevelAndProvinceLevel() {
        XCTAssertEqual(parser.parse("聊城市工业和信息化局").level, "city")
        XCTAssertNil(parser.parse("聊城市工业和信息化局").countyName, "工业 is no county")
        XCTAssertEqual(parser.parse("山东省工业和信息化厅").level, "province")
        XCTAssertEqual(parser.parse("北京市经济和信息化局").level, "province", "a municipality's bureau")
        XCTAssertEqual(parser.parse("北京市朝阳区人民政府").level, "county")
    }

    func testAmbiguousCountyWithoutCity() {
        let match = parser.parse("市中区工业和信息化局")
        XCTAssertEqual(match.countyName, "市中区")
        XCTAssertNil(match.county)
        XCTAssertNil(match.city)
        XCTAssertEqual(match.countyCandidates.count, 4)
        XCTAssertEqual(parser.parse("枣庄市市中区工业和信息化局").county?.code, 370_402, "the city settles it")
    }

    func testTownship() {
        let match = parser.parse("济南市历下区人民政府大明湖街道办事处")
        XCTAssertEqual(match.township, "大明湖街道")
        XCTAssertEqual(match.level, "township")
        XCTAssertNil(parser.parse("济南市住房和城乡建设局").township, "城乡 is no township")
    }

    func testNoPlace() {
        XCTAssertTrue(parser.parse("工业和信息化部").isEmpty)
        XCTAssertEqual(parser.parse("工业和信息化部").length, 0)
    }
}
