import Foundation
import XCTest
@testable import ReportIngest

final class PDFReportReaderTests: XCTestCase {
    private func requirePdftotext() throws {
        if Subprocess.locate("pdftotext") == nil {
            throw XCTSkip("pdftotext is not installed (apt-get install poppler-utils)")
        }
    }

    private func read(_ fixture: String) throws -> String {
        try PDFReportReader.text(from: ReaderFixtures.data(fixture), fileName: fixture)
    }

    private func assertThrows(_ fixture: String, _ expected: ReaderError, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertThrowsError(try read(fixture), file: file, line: line) { error in
            XCTAssertEqual(error as? ReaderError, expected, file: file, line: line)
        }
    }

    func testReport004TableRowsBecomeTabSeparatedCells() throws {
        try requirePdftotext()
        let lines = try read("report004.pdf").canonicalLines
        let zeros = Array(repeating: "0", count: 7).joined(separator: "\t")
        XCTAssertTrue(lines.contains("一、本年新收政府信息公开申请数量\t\(zeros)"))
        XCTAssertTrue(lines.contains("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"))
        XCTAssertTrue(lines.contains("3.其他\t1\t0\t0\t0\t0\t0\t1"))
        XCTAssertTrue(lines.contains("（七）总计\t1\t0\t0\t0\t0\t0\t1"))
        XCTAssertTrue(lines.contains("四、结转下年度继续办理\t\(zeros)"))
        XCTAssertTrue(lines.contains(Array(repeating: "0", count: 15).joined(separator: "\t")), "table 四's 15 figures")
        XCTAssertTrue(lines.contains("规章\t无\t无\t无"))
        // Every line holding 7 figures holds them as the last 7 cells, and there are 25 of them.
        let figureRows = lines.filter { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return cells.count >= 7 && cells.suffix(7).allSatisfy { Int($0) != nil } && cells.count < 15
        }
        XCTAssertEqual(figureRows.count, 25)
    }

    func testReport004TextStaysText() throws {
        try requirePdftotext()
        let lines = try read("report004.pdf").canonicalLines
        XCTAssertEqual(lines.first, "一、总体情况")
        XCTAssertTrue(lines.contains("三、收到和处理政府信息公开申请情况"))
        XCTAssertTrue(lines.contains("信息内容 本年制发件数 本年废止件数 现行有效件数"), "a header row is text, gaps collapsed")
        XCTAssertFalse(lines.contains { $0.contains("  ") }, "no run of spaces survives")
        XCTAssertFalse(lines.contains { $0.contains("\u{0C}") }, "page breaks are gone")
    }

    func testImageOnlyPDFHasNoTextLayer() throws {
        try requirePdftotext()
        try assertThrows("image_only.pdf", .noTextLayer(fileName: "image_only.pdf"))
        XCTAssertEqual(ReaderError.noTextLayer(fileName: "scan.pdf").message, "scan.pdf: no text layer (a scanned PDF?)")
    }

    func testEncryptedPDF() throws {
        try requirePdftotext()
        try assertThrows("encrypted.pdf", .passwordProtected(fileName: "encrypted.pdf"))
    }

    func testNotAPDF() throws {
        try requirePdftotext()
        XCTAssertThrowsError(try PDFReportReader.text(from: Data("not a pdf at all".utf8), fileName: "fake.pdf")) { error in
            guard case ReaderError.toolFailed(fileName: "fake.pdf", tool: "pdftotext", status: let status, detail: let detail) = error else {
                return XCTFail("\(error)")
            }
            XCTAssertNotEqual(status, 0)
            XCTAssertFalse(detail.isEmpty)
        }
    }

    func testMissingTool() throws {
        let data = try ReaderFixtures.data("report004.pdf")
        XCTAssertThrowsError(try PDFReportReader.text(from: data, fileName: "r.pdf", timeout: 5, tool: "gongkai-no-pdftotext")) { error in
            XCTAssertEqual(error as? ReaderError, .toolNotFound(tool: "pdftotext", package: "poppler-utils"))
        }
        XCTAssertEqual(ReaderError.toolNotFound(tool: "pdftotext", package: "poppler-utils").message,
                       "pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    }
}
