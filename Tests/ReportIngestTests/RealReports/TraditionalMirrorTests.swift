import XCTest
import ReportModel
@testable import ReportIngest

/// Real report 14 (a mirror's traditional-character conversion with pinyin glosses, Fixtures/real/):
/// read through `ScriptFolding`, its values are the report's (labels in 14's labels.json, typed from the
/// page), the agency in the characters it prints, and every value points at its own line of the file.
final class TraditionalMirrorTests: XCTestCase {
    private func report14() throws -> (RealReportSet.Fixture, ReportRecord) {
        let fixture = try XCTUnwrap(try RealReportSet.fixtures().first { $0.name.hasPrefix("14_") })
        return (fixture, try RealReportSet.record(fixture))
    }

    func testValuesAreReadAndTheAgencyKeepsItsPrintedCharacters() throws {
        let (_, record) = try report14()
        XCTAssertEqual(record["agency"], .text("寧強縣審計局"))
        XCTAssertEqual(record["county"], .text("宁强县"), "region names are the gazetteer's")
        XCTAssertEqual(record["proactive.rules.issued"], .integer(0))
        XCTAssertEqual(record["proactive.normative.valid"], .integer(0))
        XCTAssertEqual(record["year"], .integer(2023))
    }

    func testTheRecordKeepsTheTextAsPrintedAndValuesPointAtItsLines() throws {
        let (fixture, record) = try report14()
        let original = try String(contentsOf: fixture.report, encoding: .utf8)
        XCTAssertEqual(record["text"].textValue, original)
        XCTAssertTrue(record["text.s2"].textValue?.contains("規(guī)章") ?? false, "section 二 is the printed text")

        let agencyLine = try XCTUnwrap(record.source(of: FieldCatalog.standard.id("agency"))?.line)
        XCTAssertTrue(record.line(agencyLine)?.contains("寧強縣審計局") ?? false)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let rulesLabel = try XCTUnwrap(lines.firstIndex { $0.contains("規(guī)章") }) + 1
        let normativeLabel = try XCTUnwrap(lines.firstIndex { $0.contains("行政規(guī)范性文件") }) + 1
        let rulesLine = try XCTUnwrap(record.source(of: FieldCatalog.standard.id("proactive.rules.issued"))?.line)
        XCTAssertTrue((rulesLabel..<normativeLabel).contains(rulesLine), "line \(rulesLine) is not in the 規章 row")
    }
}
