import Foundation
import XCTest
@testable import ReportIngest

final class HTMLCharsetTests: XCTestCase {
    private let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    private func gbk(_ text: String) throws -> Data {
        try XCTUnwrap(text.data(using: gb18030))
    }

    func testDeclarationsAreFound() {
        let cases: [(String, String?)] = [
            ("<meta charset=\"GBK\">", "gbk"),
            ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">", "gb2312"),
            ("<meta http-equiv=Content-Type content='text/html;charset = GB18030'>", "gb18030"),
            ("<?xml version=\"1.0\" encoding=\"gb2312\"?><html>", "gb2312"),
            ("<meta name=\"keywords\" content=\"年报\"><meta charset=utf-8>", "utf-8"),
            ("<p>charset=gbk is only text</p>", nil),
            ("<html><body>", nil),
        ]
        for (head, label) in cases {
            XCTAssertEqual(HTMLCharset.declaredCharset(in: Data(head.utf8)), label, head)
        }
    }

    func testDeclaredGBKIsDecodedAsGB18030() throws {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            + "<body>政府信息公开工作年度报告 镕 ＠</body></html>"  // 镕 is GBK but not GB2312
        XCTAssertEqual(HTMLCharset.decode(try gbk(page)), page)
    }

    func testUndeclaredGBKFallsBackToGB18030() throws {
        let page = "<p>收到和处理政府信息公开申请情况</p>"
        XCTAssertEqual(HTMLCharset.decode(try gbk(page)), page)
    }

    func testMislabelledUTF8PageIsReadAsUTF8() {
        let page = "<meta charset=\"gb2312\"><p>主动公开政府信息情况</p>"
        XCTAssertEqual(HTMLCharset.decode(Data(page.utf8)), page)
    }

    func testByteOrderMarks() throws {
        let text = "<p>一、总体情况</p>"
        XCTAssertEqual(HTMLCharset.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)), text)
        let utf16 = try XCTUnwrap(text.data(using: .utf16LittleEndian))
        XCTAssertEqual(HTMLCharset.decode(Data([0xFF, 0xFE]) + utf16), text)
        // A BOM beats a contradicting declaration.
        let declared = "<meta charset=gbk>" + text
        XCTAssertEqual(HTMLCharset.decode(Data([0xEF, 0xBB, 0xBF]) + Data(declared.utf8)), declared)
    }

    func testUndecodableBytesNeverFail() {
        let decoded = HTMLCharset.decode(Data([0x3C, 0x70, 0x3E, 0xFF, 0xFF, 0x81]))
        XCTAssertTrue(decoded.hasPrefix("<p>"))
    }

    func testGBKPageThroughTheReader() throws {
        let page = "<html><head><meta charset=\"gbk\"><title>标题</title></head><body><p>二、主动公开政府信息情况</p>"
            + "<table><tr><td>规章</td><td>　0</td></tr></table></body></html>"
        XCTAssertEqual(try HTMLReportReader.text(from: try gbk(page), fileName: "gbk.html"), "二、主动公开政府信息情况\n规章\t0\n")
    }
}
