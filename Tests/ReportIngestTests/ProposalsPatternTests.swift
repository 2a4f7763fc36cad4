import XCTest
import ReportModel
@testable import ReportIngest

final class ProposalsPatternTests: XCTestCase {
    private func proposals(_ text: String) -> (npc: Value?, cppcc: Value?, combined: Value?) {
        let (flow, range) = TextFixtures.flow(text)
        let found = ProposalsPattern.find(in: flow, range)
        return (found.npc?.value, found.cppcc?.value, found.combined?.value)
    }

    func testSeparateCounts() {
        var p = proposals("共承办政协委员提案4件、人大代表建议1件，所有建议、提案均在规定时限内办理完毕。")
        XCTAssertEqual(p.npc, .integer(1))
        XCTAssertEqual(p.cppcc, .integer(4))
        XCTAssertNil(p.combined)
        p = proposals("共计收到人大建议14件，分两批共收到政协提案33件，其中主办13件、协办13件")
        XCTAssertEqual(p.npc, .integer(14))
        XCTAssertEqual(p.cppcc, .integer(33))
        p = proposals("共承办市政协十四届一次会议提案13件。承办市人大十八届一次会议人大代表建议12件。")
        XCTAssertEqual(p.npc, .integer(12))
        XCTAssertEqual(p.cppcc, .integer(13))
        p = proposals("承办区十三届人大二次会议代表建议7件（主办4件）、区政协十届二次会议委员提案16件（主办5件）")
        XCTAssertEqual(p.npc, .integer(7), "the first count, not 主办")
        XCTAssertEqual(p.cppcc, .integer(16))
    }

    func testCombinedCount() {
        var p = proposals("济阳区工信局共办理人大代表建议和政协委员提案\n\n24 件，主要涉及")
        XCTAssertEqual(p.combined, .integer(24))
        XCTAssertNil(p.npc)
        XCTAssertNil(p.cppcc)
        p = proposals("办理建议提案 9 件")
        XCTAssertEqual(p.combined, .integer(9))
        p = proposals("办理人大代表建议、政协提案共30件")
        XCTAssertEqual(p.combined, .integer(30))
        XCTAssertNil(p.cppcc)
    }

    func testNoCounts() {
        let p = proposals("人大代表建议和政协提案办理结果公开情况。听取意见建议5件")
        XCTAssertNil(p.npc, "建议 without 人大/代表 is not a deputy's suggestion")
        XCTAssertNil(p.cppcc)
        XCTAssertNil(p.combined)
        XCTAssertNil(proposals("建议提案 24 条").combined, "条 counts published items, not proposals")
    }
}
