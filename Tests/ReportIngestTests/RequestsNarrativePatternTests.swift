import XCTest
import ReportModel
@testable import ReportIngest

final class RequestsNarrativePatternTests: XCTestCase {
    private func requests(_ text: String, year: Int? = 2022) -> Figure? {
        let (flow, range) = TextFixtures.flow(text)
        return RequestsNarrativePattern.find(in: flow, range, year: year)
    }

    func testNoneReceived() {
        XCTAssertEqual(requests("2022年度，兖州区工业和信息化局未收到政府信息公开申请。")?.value, .integer(0))
        XCTAssertEqual(requests("2021年度，市工信局未接到政府信息公开申请，未发生", year: 2021)?.value, .integer(0))
        XCTAssertEqual(requests("2022 年度，我局未收到个人申请公\n\n开信息情况")?.value, .integer(0))
    }

    func testCountReceived() {
        XCTAssertEqual(requests("2022年共受理依申请公开2件，办结2件"), Figure(.integer(2), line: 1))
        XCTAssertEqual(requests("全年共收到政府信息公开申请 15 件。")?.value, .integer(15))
        XCTAssertEqual(requests("本年度收到3件政府信息公开申请")?.value, .integer(3))
    }

    func testAnotherYearIsNotTaken() {
        XCTAssertNil(requests("2021年度，我局共收到2件依申请公开，2022年度依申请公开数量与2021年度持平。"))
        XCTAssertEqual(requests("2021年度，我局共收到2件依申请公开。2022年共受理依申请公开4件")?.value, .integer(4))
        XCTAssertNil(requests("2021年度未收到政府信息公开申请。"))
    }

    func testOtherSubjectsAreNotRequests() {
        XCTAssertNil(requests("未发生政府信息公开申请行政复议、提起行政诉讼的情况"))
        XCTAssertNil(requests("未收到政府信息公开申请行政复议"))
        XCTAssertNil(requests("共收到人大代表建议12件"))
        XCTAssertNil(requests("收到群众来信5件"), "no 申请")
        XCTAssertNil(requests("依申请公开工作扎实开展"))
    }
}
