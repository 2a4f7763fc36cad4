import XCTest
import ReportModel
@testable import ReportIngest

/// The verbs and sub-items of `proactive.total` (issue 14), each from a real report's sentence.
final class ProactiveTotalVerbTests: XCTestCase {
    private func total(_ text: String) -> Value? {
        let (flow, range) = TextFixtures.flow(text)
        return ProactiveTotalPattern.find(in: flow, range)?.value
    }

    /// 主动发布 (the sentence quoted in issue 14).
    func testPublishedActively() {
        XCTAssertEqual(total("主动发布各类政府信息2428条"), .integer(2428))
    }

    /// 共公布 before a sub-item that 主动公开 would match (issue 14): the total, not 856.
    func testTheTotalBeforeASubItem() {
        XCTAssertEqual(total("共公布政府信息2599条，(其中机构职能类信息37条，其他应主动公开政府信息856条)"), .integer(2599))
        XCTAssertEqual(total("共公布政府信息2599条，（其他应主动公开政府信息856条）"), .integer(2599))
    }

    /// A sub-item alone is no total.
    func testASubItemAloneIsNoTotal() {
        XCTAssertNil(total("(其他应主动公开政府信息856条)"))
        XCTAssertNil(total("其中主动公开政策文件17条"))
    }

    /// 累计 and 共 before the bare verbs; report 004's "发布主动公开政务信息共 91 条" still reads.
    func testTotallingWords() {
        XCTAssertEqual(total("全年累计发布信息1200条"), .integer(1200))
        XCTAssertEqual(total("共公开政务信息350条"), .integer(350))
        XCTAssertEqual(total("2022 年度我局在济阳区政府网站发布主动公开政务信息共 91 条，其中政府信息公开指南 1"), .integer(91))
    }

    /// Report 001: a channel's count and "累计公开部门文件92件" state no total.
    func testChannelCountsAreNoTotal() {
        XCTAssertNil(total("2021年度，市工信局动态更新了2021年主动公开基本目录，通过局网站发布信息346条，在市政府网站政府信息公开专栏更新信息311条，通过政务公众号发布信息416篇，通过政务今日头条号发布信息424篇。累计公开部门文件92件，其中政策文件17件"))
    }

    /// A numbering heading "（一）" just before the verb is no parenthesis around a sub-item.
    func testANumberingHeadingIsNoParenthesis() {
        XCTAssertEqual(total("（一）主动公开政府信息情况。本年度主动公开政府信息240条"), .integer(240))
        XCTAssertEqual(total("(一)主动公开政府信息240条"), .integer(240))
    }
}
