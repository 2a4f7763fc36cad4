import XCTest
import Foundation
@testable import ReportIngest

final class PlainTextReaderTests: XCTestCase {
    func testReadsTextAndReportsFailuresAsMessages() {
        let reader = PlainTextReader()
        XCTAssertEqual(try reader.read(Data("一\r\n二".utf8), fileName: "a.txt").get(), "一\n二")
        XCTAssertEqual(reader.read(Data(), fileName: "a.txt"), .failure(DocumentReadError(message: "empty file")))
    }

    func testRegistryPicksTheReaderByExtensionCaseInsensitively() {
        let registry = DocumentReaderRegistry.standard
        XCTAssertNotNil(registry.reader(forPath: "corpus/a/000.TXT"))
        XCTAssertNotNil(registry.reader(forPath: "notes.md"))
        XCTAssertNotNil(registry.reader(forPath: "report.pdf"))
        XCTAssertNil(registry.reader(forPath: "Makefile"))
        XCTAssertNil(registry.reader(forPath: ".txt"), "a hidden name is not an extension")
        XCTAssertEqual(registry.fileExtensions, ["doc", "docx", "htm", "html", "md", "pdf", "shtml", "txt", "xhtml"])
    }
}
