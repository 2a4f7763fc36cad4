import XCTest
@testable import ReportIngest

/// The one rule for which candidate names the publisher (`AgencyChoice`).
final class AgencyChoiceTests: XCTestCase {
    private func candidate(_ name: String, _ line: Int, _ place: AgencyCandidate.Place) -> AgencyCandidate {
        AgencyCandidate(name: name, line: line, place: place)
    }

    func testPlacesThatAgreeOnOneBodyGiveItsFullestNameAndItsTitleAsPrinted() {
        let decision = AgencyChoice.decide([
            candidate("市中区工业和信息化局", 2, .title),
            candidate("枣庄市市中区工业和信息化局", 40, .signature),
            candidate("枣庄市市中区工业和信息化局办公室", 30, .contact),
        ])
        XCTAssertEqual(decision.printed?.name, "市中区工业和信息化局")
        XCTAssertEqual(decision.fullest, candidate("枣庄市市中区工业和信息化局", 40, .signature))
        XCTAssertEqual(decision.warnings, [])
    }

    func testTwoStrongPlacesThatDisagreeGiveNullAndNameBoth() {
        let decision = AgencyChoice.decide([candidate("济宁市工业和信息化局", 1, .title), candidate("济宁市财政局", 90, .signature)])
        XCTAssertNil(decision.fullest)
        XCTAssertNil(decision.printed)
        XCTAssertEqual(decision.warnings, ["agency unknown: the report names different publishers: 济宁市工业和信息化局 "
                                           + "(title line 1); 济宁市财政局 (signature line 90)"])
    }

    func testTheBodyMorePlacesAgreeOnWinsWithAWarning() {
        let decision = AgencyChoice.decide([
            candidate("济宁市人民政府办公室", 1, .metadata),
            candidate("济宁市工业和信息化局", 3, .title),
            candidate("济宁市工业和信息化局", 5, .opening),
        ])
        XCTAssertEqual(decision.fullest?.name, "济宁市工业和信息化局")
        XCTAssertEqual(decision.printed?.line, 3)
        XCTAssertEqual(decision.warnings, ["agency 济宁市工业和信息化局 (title line 3, opening sentence line 5) chosen over "
                                           + "济宁市人民政府办公室 (metadata line 1): more places agree on it"])
    }

    func testSupportPlacesNeverCarryANameAlone() {
        let decision = AgencyChoice.decide([candidate("济宁市人民政府", 2, .source), candidate("济宁市财政局", 9, .contact)])
        XCTAssertNil(decision.fullest)
        XCTAssertEqual(decision.warnings.count, 1)
        XCTAssertTrue(decision.warnings[0].hasPrefix("agency unknown: no title, metadata, opening sentence or signature"))
        XCTAssertTrue(decision.warnings[0].contains("来源 济宁市人民政府 (line 2)"), decision.warnings[0])
    }

    func testASupportPlaceThatNamesAnotherBodyIsDropped() {
        let decision = AgencyChoice.decide([candidate("济宁市工业和信息化局", 3, .title), candidate("济宁市人民政府", 1, .source)])
        XCTAssertEqual(decision.fullest?.name, "济宁市工业和信息化局")
        XCTAssertEqual(decision.warnings, [])
    }

    func testSameBodyReadsRegionsAndBodies() {
        let parser = RegionParser.shared
        XCTAssertTrue(AgencyChoice.sameBody("市中区工业和信息化局", "枣庄市市中区工业和信息化局", parser))
        XCTAssertTrue(AgencyChoice.sameBody("山东省济宁市工业和信息化局", "济宁市工业和信息化局", parser))
        XCTAssertFalse(AgencyChoice.sameBody("济宁市工业和信息化局", "济宁市兖州区工业和信息化局", parser), "a city's and a district's")
        XCTAssertFalse(AgencyChoice.sameBody("济宁市工业和信息化局", "聊城市工业和信息化局", parser))
        XCTAssertFalse(AgencyChoice.sameBody("济宁市工业和信息化局", "济宁市人民政府", parser))
    }

    func testNothingAtAllSaysSoAndNamesWhatItCites() {
        let decision = AgencyChoice.decide([], cited: AgencyFinder.Found(name: "济南市济阳区工业和信息化局", line: 12))
        XCTAssertNil(decision.fullest)
        XCTAssertEqual(decision.warnings.count, 1)
        XCTAssertTrue(decision.warnings[0].contains("cited documents name 济南市济阳区工业和信息化局 (line 12)"), decision.warnings[0])
    }
}
