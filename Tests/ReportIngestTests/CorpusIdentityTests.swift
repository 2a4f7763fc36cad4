import XCTest
import ReportModel
@testable import ReportIngest

/// Identity of the five corpus reports, loaded through CorpusLoader (format.md §7).
final class CorpusIdentityTests: XCTestCase {
    private func record(_ prefix: String) throws -> ReportRecord {
        try XCTUnwrap(TextFixtures.loadedRecord(prefix), "report \(prefix) did not load")
    }

    private func assertIdentity(
        _ prefix: String, agency: String, province: String, city: String, county: String?, level: String,
        year: Int, published: String?, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let r = try record(prefix)
        XCTAssertEqual(r["agency"], .text(agency), file: file, line: line)
        XCTAssertEqual(r["dept"], .text("工业和信息化局"), file: file, line: line)
        XCTAssertEqual(r["province"], .text(province), file: file, line: line)
        XCTAssertEqual(r["city"], .text(city), file: file, line: line)
        XCTAssertEqual(r["county"], county.map(Value.text) ?? .null, file: file, line: line)
        XCTAssertEqual(r["level"], .text(level), file: file, line: line)
        XCTAssertEqual(r["year"], .integer(year), file: file, line: line)
        XCTAssertEqual(r["published"], published.map(Value.text) ?? .null, file: file, line: line)
    }

    func testReport000() throws {
        try assertIdentity("000", agency: "济宁市兖州区工业和信息化局", province: "山东省", city: "济宁市",
                           county: "兖州区", level: "county", year: 2022, published: nil)
        let r = try record("000")
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r.provenance("agency"), Provenance(line: 1, origin: .narrative), "本报告由…按照 on line 1")
        XCTAssertEqual(r.provenance("year"), Provenance(line: 3, origin: .narrative), "统计期限 sentence")
        XCTAssertEqual(r.provenance("template"), Provenance(line: 1, origin: .narrative))
    }

    func testReport001() throws {
        try assertIdentity("001", agency: "济宁市工业和信息化局", province: "山东省", city: "济宁市",
                           county: nil, level: "city", year: 2021, published: nil)
        let r = try record("001")
        XCTAssertEqual(r.provenance("agency"), Provenance(line: 3, origin: .narrative), "title line")
        XCTAssertEqual(r.provenance("year"), Provenance(line: 9, origin: .narrative))
    }

    func testReport002() throws {
        try assertIdentity("002", agency: "聊城市工业和信息化局", province: "山东省", city: "聊城市",
                           county: nil, level: "city", year: 2022, published: nil)
        let r = try record("002")
        XCTAssertEqual(r.provenance("agency"), Provenance(line: 1, origin: .narrative), "the line above the title")
        XCTAssertEqual(r.provenance("year"), Provenance(line: 31, origin: .narrative), "统计期限 at the end")
        XCTAssertEqual(r["published"], .null, "the 统计期限 date on line 31 is inside a sentence, not a signature")
    }

    func testReport003() throws {
        try assertIdentity("003", agency: "枣庄市市中区工业和信息化局", province: "山东省", city: "枣庄市",
                           county: "市中区", level: "county", year: 2023, published: "2024-01-11")
        let r = try record("003")
        XCTAssertEqual(r.provenance("published"), Provenance(line: 420, origin: .narrative))
        XCTAssertEqual(r.provenance("agency"), Provenance(line: 2, origin: .narrative))
        XCTAssertEqual(r.provenance("county"), Provenance(line: 2, origin: .narrative), "the title names 市中区")
        XCTAssertEqual(r.provenance("city"), Provenance(line: 5, origin: .narrative), "地址:枣庄市市中区… settles it")
    }

    /// Report 004 names no publisher: no title, no 本报告由…, no signature, only 我局 and the documents it
    /// cites (《济南市济阳区工业和信息化局政务公开工作实施方案》), and no address, phone or host. A cited
    /// document says who wrote it, not who published this report: agency and region null, and a warning.
    func testReport004() throws {
        let r = try record("004")
        for field in ["agency", "agency_printed", "dept", "province", "city", "county", "level"] {
            XCTAssertEqual(r[field], .null, field)
        }
        XCTAssertEqual(r["year"], .integer(2022))
        XCTAssertEqual(r["template"], .text("2021"), "〔2021〕30 号 with a space")
        let warnings = r.warningList
        XCTAssertTrue(warnings.contains { $0.hasPrefix("agency unknown") && $0.contains("cited documents name 济南市济阳区工业和信息化局") },
                      warnings.joined(separator: "\n"))
        XCTAssertTrue(r["warnings"].textValue?.contains("year 2022 guessed") ?? false,
                      "no 统计期限, title or date: the year is a guess and says so")
    }

    /// `agency_printed` keeps the name as the report prints it; `agency` is the canonical one.
    func testPrintedNames() throws {
        XCTAssertEqual(try record("003")["agency_printed"], .text("市中区工业和信息化局"))
        XCTAssertEqual(try record("003").provenance("agency_printed"), Provenance(line: 2, origin: .narrative))
        XCTAssertEqual(try record("001")["agency_printed"], .text("济宁市工业和信息化局"))
        XCTAssertEqual(try record("002")["agency_printed"], .text("聊城市工业和信息化局"))
        XCTAssertEqual(try record("000")["agency_printed"], .text("济宁市兖州区工业和信息化局"))
    }

    func testIdAndFileComeFromThePath() throws {
        let r = try record("003")
        XCTAssertEqual(r["id"], .text("003_d68fabd84de01588"))
        XCTAssertEqual(r["file"], .text("003_d68fabd84de01588.txt"))
    }

    func testTextAndSectionBodiesAreFilled() throws {
        let r = try record("002")
        XCTAssertEqual(r["text"].textValue, try TextFixtures.text("002"))
        XCTAssertTrue(r["text.s1"].textValue?.hasPrefix("（一）主动公开") ?? false)
        XCTAssertTrue(r["text.s6"].textValue?.hasPrefix("一是信息公开收费情况") ?? false)
        XCTAssertEqual(r.provenance("text.s6")?.line, 26, "the heading line of section 六")
        XCTAssertEqual(try record("001")["text.s3"], .null, "001 has no section 三 heading")
    }

    func testRecordsLineMatchesTheSourceLines() throws {
        let r = try record("003")
        XCTAssertEqual(r.line(420)?.trimmingCharacters(in: .whitespaces), "2024年1月11日")
    }
}
