import XCTest
@testable import ReportIngest

final class GazetteerTests: XCTestCase {
    private let gazetteer = Gazetteer.shared

    func testTheBundledResourceLoads() {
        XCTAssertFalse(gazetteer.isEmpty)
        XCTAssertGreaterThan(gazetteer.places.count, 3000)
        XCTAssertEqual(gazetteer.places[370_000]?.name, "山东省")
        XCTAssertNil(gazetteer.places[370_101], "市辖区 rows are not places")
    }

    func testShortForms() {
        XCTAssertEqual(Place.shortForm("济宁市", .city), "济宁")
        XCTAssertEqual(Place.shortForm("兖州区", .county), "兖州")
        XCTAssertEqual(Place.shortForm("广西壮族自治区", .province), "广西")
        XCTAssertEqual(Place.shortForm("内蒙古自治区", .province), "内蒙古")
        XCTAssertEqual(Place.shortForm("延边朝鲜族自治州", .city), "延边朝鲜族")
        XCTAssertNil(Place.shortForm("城区", .county), "one character left")
        XCTAssertEqual(gazetteer.places(named: "济宁").map(\.code), [370_800])
        XCTAssertEqual(gazetteer.places(named: "兖州").map(\.code), [370_812])
    }

    func testParents() throws {
        let yanzhou = try XCTUnwrap(gazetteer.places[370_812])
        XCTAssertEqual(gazetteer.city(of: yanzhou)?.name, "济宁市")
        XCTAssertEqual(gazetteer.province(of: yanzhou)?.name, "山东省")
        let chaoyang = try XCTUnwrap(gazetteer.places[110_105])
        XCTAssertEqual(gazetteer.city(of: chaoyang)?.name, "北京市", "a municipality is its districts' city")
    }

    func testAmbiguousCountyName() {
        let cities = gazetteer.places(named: "市中区").compactMap { gazetteer.city(of: $0)?.name }.sorted()
        XCTAssertEqual(cities, ["乐山市", "内江市", "枣庄市", "济南市"])
    }

    func testCityByName() {
        XCTAssertEqual(gazetteer.city(named: "枣庄市")?.code, 370_400)
        XCTAssertEqual(gazetteer.city(named: "上海市")?.code, 310_000)
        XCTAssertNil(gazetteer.city(named: "兖州区"))
    }

    func testAGazetteerFromText() {
        let small = Gazetteer(tsv: "# comment\n370000\t山东省\n370100\t济南市\n370125\t济阳县\nbad line\n")
        XCTAssertEqual(small.places.count, 3)
        XCTAssertEqual(small.matches(.county, at: "济阳区工信局").map(\.written), ["济阳区"])
    }
}
