import XCTest
import ReportModel
@testable import ReportIngest

/// Figures the five corpus reports state in words (fields.md "Section 六 and other narrative figures").
final class CorpusNarrativeTests: XCTestCase {
    private func record(_ prefix: String) throws -> ReportRecord {
        try XCTUnwrap(TextFixtures.loadedRecord(prefix), "report \(prefix) did not load")
    }

    func testReport000() throws {
        let r = try record("000")
        XCTAssertEqual(r["proactive.total"], .integer(240))
        XCTAssertEqual(r.provenance("proactive.total"), Provenance(line: 8, origin: .narrative))
        XCTAssertEqual(r["requests.new"], .integer(0))
        XCTAssertEqual(r.provenance("requests.new"), Provenance(line: 10, origin: .narrative))
        XCTAssertEqual(r["processing_fee"], .decimal(0))
        XCTAssertEqual(r.provenance("processing_fee")?.line, 33)
        XCTAssertEqual(r["proposals.npc"], .integer(1))
        XCTAssertEqual(r["proposals.cppcc"], .integer(4))
        XCTAssertEqual(r["proposals.total"], .integer(5))
        XCTAssertEqual(r.provenance("proposals.total")?.origin, .derived)
        XCTAssertEqual(r.provenance("proposals.npc"), Provenance(line: 37, origin: .narrative))
    }

    func testReport001() throws {
        let r = try record("001")
        XCTAssertEqual(r["proactive.total"], .null, "001 states no total (主动公开基本目录 is not one)")
        XCTAssertEqual(r["requests.new"], .integer(0), "未接到政府信息公开申请")
        XCTAssertEqual(r.provenance("requests.new"), Provenance(line: 28, origin: .narrative))
        XCTAssertEqual(r["processing_fee"], .decimal(0), "暂无收取信息处理费")
        XCTAssertEqual(r["proposals.npc"], .integer(14))
        XCTAssertEqual(r["proposals.cppcc"], .integer(33), "not 主办13件")
        XCTAssertEqual(r["proposals.total"], .integer(47))
    }

    func testReport002() throws {
        let r = try record("002")
        XCTAssertEqual(r["proactive.total"], .integer(192), "主动公开政务信息192篇")
        XCTAssertEqual(r["requests.new"], .integer(2), "共受理依申请公开2件, not 2021年度…收到2件")
        XCTAssertEqual(r.provenance("requests.new"), Provenance(line: 8, origin: .narrative))
        XCTAssertEqual(r["processing_fee"], .decimal(0))
        XCTAssertEqual(r["proposals.npc"], .integer(12))
        XCTAssertEqual(r["proposals.cppcc"], .integer(13))
    }

    func testReport003() throws {
        let r = try record("003")
        XCTAssertEqual(r["proactive.total"], .integer(65))
        XCTAssertEqual(r.provenance("proactive.total"), Provenance(line: 9, origin: .narrative))
        XCTAssertEqual(r["processing_fee"], .decimal(0), "未收取任何费用")
        XCTAssertEqual(r.provenance("processing_fee")?.line, 408)
        XCTAssertEqual(r["proposals.npc"], .integer(7), "代表建议7件（主办4件）")
        XCTAssertEqual(r["proposals.cppcc"], .integer(16))
    }

    func testReport004() throws {
        let r = try record("004")
        XCTAssertEqual(r["proactive.total"], .integer(91), "共 91 条, spaces around the number")
        XCTAssertEqual(r.provenance("proactive.total"), Provenance(line: 29, origin: .narrative))
        XCTAssertEqual(r["processing_fee"], .decimal(0), "未\\n\\n收取信息处理费 across a PDF line break")
        XCTAssertEqual(r["proposals.total"], .integer(24))
        XCTAssertEqual(r.provenance("proposals.total"), Provenance(line: 390, origin: .narrative))
        XCTAssertEqual(r["proposals.npc"], .null)
        XCTAssertEqual(r["proposals.cppcc"], .null)
    }

    /// Report 001 says 制发9件 废止0件 现行有效14件 (line 32); its table says 7/0/9 (line 67). With the table
    /// values set as TableExtraction sets them, the text's figures become warnings and the table's stay.
    func testReport001TextTableDisagreementOnNormativeDocuments() throws {
        let report = ReportText(try TextFixtures.text("001"))
        var record = ReportRecord()
        let catalog = FieldCatalog.standard
        record.set(catalog.proactive(.normativeIssued), .integer(7), line: 67, origin: .table)
        record.set(catalog.proactive(.normativeRepealed), .integer(0), line: 67, origin: .table)
        record.set(catalog.proactive(.normativeValid), .integer(9), line: 67, origin: .table)
        NarrativeReader.apply(report, year: 2021, to: &record)
        XCTAssertEqual(record.warningList.filter { $0.hasPrefix("text and table disagree") }, [
            "text and table disagree on proactive.normative.issued: text 9 (line 32), table 7 (line 67)",
            "text and table disagree on proactive.normative.valid: text 14 (line 32), table 9 (line 67)",
        ])
        XCTAssertEqual(record["proactive.normative.issued"], .integer(7), "the table value stays")
        XCTAssertEqual(record.provenance("proactive.normative.valid")?.origin, .table)
    }

    /// Once table 三 gives requests.new, the narrative does not replace it.
    func testTableRequestsValueIsKeptAndComparedWithTheText() throws {
        let report = ReportText(try TextFixtures.text("002"))
        var record = ReportRecord()
        record.set(FieldCatalog.standard.requests(.new, .total), .integer(3), line: 40, origin: .table)
        NarrativeReader.apply(report, year: 2022, to: &record)
        XCTAssertEqual(record["requests.new"], .integer(3))
        XCTAssertEqual(record.provenance("requests.new"), Provenance(line: 40, origin: .table))
        XCTAssertTrue(record.warningList.contains(
            "text and table disagree on requests.new.total: text 2 (line 8), table 3 (line 40)"))
    }
}
