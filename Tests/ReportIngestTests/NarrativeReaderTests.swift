import XCTest
import ReportModel
@testable import ReportIngest

/// Scopes of the narrative figures and the proposals total rule.
final class NarrativeReaderTests: XCTestCase {
    func testSectionsTwoAndThreeAreSearchedWhenSectionOneIsSilent() {
        let report = ReportText("""
        一、总体情况
        我局认真贯彻《条例》。
        二、主动公开政府信息情况
        本年度主动公开政府信息56条。
        三、收到和处理政府信息公开申请情况
        本年度未收到政府信息公开申请。
        """)
        var record = ReportRecord()
        NarrativeReader.apply(report, year: nil, to: &record)
        XCTAssertEqual(record["proactive.total"], .integer(56))
        XCTAssertEqual(record.provenance("proactive.total"), Provenance(line: 4, origin: .narrative))
        XCTAssertEqual(record["requests.new"], .integer(0))
        XCTAssertEqual(record.provenance("requests.new")?.line, 6)
    }

    func testTableRowsOfSectionThreeAreNoSentence() {
        let report = ReportText("""
        一、总体情况
        正文。
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0
        """)
        var record = ReportRecord()
        NarrativeReader.apply(report, year: nil, to: &record)
        XCTAssertEqual(record["requests.new"], .null)
    }

    func testTotalIsTheSumWhenBothAreStated() {
        var record = ReportRecord()
        NarrativeReader.applyProposals(.init(npc: Figure(.integer(1), line: 3), cppcc: Figure(.integer(4), line: 3)),
                                       to: &record)
        XCTAssertEqual(record["proposals.total"], .integer(5))
        XCTAssertEqual(record.provenance("proposals.total"), Provenance(line: 0, origin: .derived))
    }

    func testOnlyOneSeparateCountLeavesTheTotalNull() {
        var record = ReportRecord()
        NarrativeReader.applyProposals(.init(npc: Figure(.integer(1), line: 3)), to: &record)
        XCTAssertEqual(record["proposals.npc"], .integer(1))
        XCTAssertEqual(record["proposals.total"], .null)
    }

    func testACombinedCountThatDisagreesWithTheSumWarns() {
        var record = ReportRecord()
        NarrativeReader.applyProposals(.init(npc: Figure(.integer(1), line: 3), cppcc: Figure(.integer(4), line: 3),
                                             combined: Figure(.integer(9), line: 5)), to: &record)
        XCTAssertEqual(record["proposals.total"], .integer(9))
        XCTAssertEqual(record.warningList, ["proposals.total 9 (line 5) is not proposals.npc + proposals.cppcc = 5"])
    }
}
