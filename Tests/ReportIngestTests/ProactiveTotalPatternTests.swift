import XCTest
import ReportModel
@testable import ReportIngest

final class ProactiveTotalPatternTests: XCTestCase {
    private func total(_ text: String) -> Value? {
        let (flow, range) = TextFixtures.flow(text)
        return ProactiveTotalPattern.find(in: flow, range)?.value
    }

    func testVariants() {
        XCTAssertEqual(total("局主动公开政府信息数240条，其中"), .integer(240))
        XCTAssertEqual(total("2022全年主动公开政务信息192篇，部门"), .integer(192))
        XCTAssertEqual(total("我局主动公开信息65条，其中"), .integer(65))
        XCTAssertEqual(total("网站发布主动公开政务信息共 91 条，其中"), .integer(91))
        XCTAssertEqual(total("主动公开政府信息　１２条"), .integer(12), "full-width space and digits")
    }

    func testAcrossALineBreak() {
        let (flow, range) = TextFixtures.flow("在网站发布主动公开政务信\n\n息共 91 条")
        XCTAssertEqual(ProactiveTotalPattern.find(in: flow, range), Figure(.integer(91), line: 3))
    }

    func testNoTotalStated() {
        XCTAssertNil(total("动态更新了2021年主动公开基本目录，通过局网站发布信息346条"), "report 001")
        XCTAssertNil(total("（一）主动公开政府信息情况。"))
        XCTAssertNil(total("主动公开信息2023年"), "a year is not a count")
        XCTAssertNil(total("主动公开信息若干条"))
    }

    func testTheFirstTotalWins() {
        XCTAssertEqual(total("主动公开信息5条。主动公开信息7条"), .integer(5))
    }
}
