import Foundation
import XCTest
@testable import ReportIngest

final class DocumentFormatTests: XCTestCase {
    func testDetectionByContentThenExtension() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        let cases: [(String, Data, DocumentFormat?)] = [
            ("r.pdf", Data("%PDF-1.4\n".utf8), .pdf),
            ("r.doc", Data("junk\n%PDF-1.7".utf8), .pdf),
            ("r.doc", ole, .legacyWord),
            ("r.docx", ole, .legacyWord),
            ("r.doc", Data([0x50, 0x4B, 0x03, 0x04, 0x14]), .docx),
            ("r.doc", Data("{\\rtf1\\ansi".utf8), .rtf),
            ("r.doc", Data("\u{FEFF}\n<html xmlns:w=\"urn:schemas-microsoft-com:office:word\">".utf8), .html),
            ("r.HTM", Data("<p>年报</p>".utf8), .html),
            ("r.docx", Data("truncated".utf8), .docx),
            ("r.doc", Data("????".utf8), .legacyWord),
            ("r.txt", Data("<html>".utf8), nil),
            ("r.txt", Data("一、总体情况".utf8), nil),
        ]
        for (name, data, format) in cases {
            XCTAssertEqual(DocumentFormat.detect(fileName: name, data: data), format, name)
        }
        XCTAssertTrue(DocumentFormat.fileExtensions.isSuperset(of: ["html", "htm", "docx", "doc", "pdf"]))
    }

    func testRefusedFormatsSayWhatToDo() {
        XCTAssertThrowsError(try DocumentFormat.rtf.text(from: Data("{\\rtf1".utf8), fileName: "a.doc")) { error in
            XCTAssertEqual((error as? ReaderError)?.message, "a.doc: RTF is not supported; save it as .docx, .pdf, .html or .txt")
        }
        XCTAssertThrowsError(try DocumentFormat.legacyWord.text(from: Data("????".utf8), fileName: "b.doc")) { error in
            XCTAssertEqual(error as? ReaderError, .legacyWord(fileName: "b.doc"))
        }
    }

    func testDispatchReadsEachFormat() throws {
        let html = Data("<table><tr><td>规章</td><td>0</td></tr></table>".utf8)
        XCTAssertEqual(try DocumentFormat.html.text(from: html, fileName: "t.html"), "规章\t0\n")
        XCTAssertThrowsError(try DocumentFormat.docx.text(from: Data("PK".utf8), fileName: "t.docx")) { error in
            guard case ReaderError.damagedArchive = error else { return XCTFail("\(error)") }
        }
    }
}
