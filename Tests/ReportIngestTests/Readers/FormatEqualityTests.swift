import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// A report read from its web page, Word file or PDF gives the same record as its text: every identity,
/// narrative, table, derived and check field. Not compared: id, file, text, text.s1 … text.s6 and
/// warnings (the text differs by format), and provenance (line numbers differ).
final class FormatEqualityTests: XCTestCase {
    private static let skipped: Set<String> = ["id", "file", "text", "warnings"]

    private func record(_ text: String, _ name: String) -> ReportRecord {
        ReportParser.parse(text: text, file: name, id: name)
    }

    private func read(_ data: Data, _ name: String) throws -> String {
        try FormattedDocumentReader().read(data, fileName: name).get()
    }

    /// "field: text report x, other y" for every compared field that differs.
    private func differences(_ text: ReportRecord, _ other: ReportRecord) -> [String] {
        FieldCatalog.standard.fields.compactMap { field in
            guard !Self.skipped.contains(field.name), !field.name.hasPrefix("text.s") else { return nil }
            let (a, b) = (text[field.id], other[field.id])
            return a == b ? nil : "\(field.name): text \(a), other \(b)"
        }
    }

    private func assertSame(_ number: Int, _ other: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = record(try ReaderFixtures.corpusReport(number), "text")
        let formatted = record(other, name)
        let diffs = differences(text, formatted)
        XCTAssertEqual(diffs, [], "\(name)\nwarnings of the text: \(text.warningList)\nwarnings of \(name): \(formatted.warningList)",
                       file: file, line: line)
        XCTAssertNotEqual(formatted["tables.requests"], .text("absent"), file: file, line: line)
    }

    func testReport003GBKWebPage() throws {
        try assertSame(3, try read(ReaderFixtures.data("report003_gbk.html"), "report003_gbk.html"), "report003_gbk.html")
    }

    func testReport004WebPage() throws {
        try assertSame(4, try read(ReaderFixtures.data("report004.html"), "report004.html"), "report004.html")
    }

    func testReport003WordFile() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("report003.docx")
        try DocxFixture.writeDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)), to: url)
        try assertSame(3, try read(Data(contentsOf: url), "report003.docx"), "report003.docx")
    }

    func testReport004PDF() throws {
        try XCTSkipIf(Subprocess.locate("pdftotext") == nil, "pdftotext is not installed (apt-get install poppler-utils)")
        try assertSame(4, try read(ReaderFixtures.data("report004.pdf"), "report004.pdf"), "report004.pdf")
    }
}
