import Foundation
import XCTest
@testable import ReportIngest

final class DocxReportReaderTests: XCTestCase {
    private static let zeros = Array(repeating: "0", count: 7).joined(separator: "\t")

    private func readDocx(body: String) throws -> String {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("report.docx")
        try DocxFixture.writeDocx(body: body, to: url)
        return try DocxReportReader.text(from: Data(contentsOf: url), fileName: "report.docx")
    }

    private func report003() throws -> String {
        try readDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)))
    }

    func testReport003RequestTableRowsLandInTheirColumns() throws {
        let lines = try report003().canonicalLines
        let expected = [
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t",
            "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
            "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
            "一、本年新收政府信息公开申请数量\t\t\t\(Self.zeros)",
            "二、上年结转政府信息公开申请数量\t\t\t\(Self.zeros)",
            "三、本年度办理结果\t（一）予以公开\t\t\(Self.zeros)",
            "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t\(Self.zeros)",
            "\t（三）不予公开\t1.属于国家秘密\t\(Self.zeros)",
            "\t\t2.其他法律行政法规禁止公开\t\(Self.zeros)",
        ]
        let start = try XCTUnwrap(lines.firstIndex(of: expected[0]), "table 三 header not found")
        XCTAssertEqual(Array(lines[start..<(start + expected.count)]), expected)
        XCTAssertTrue(lines.contains("\t\t5.要求行政机关确认或重新出具已获取信息\t\(Self.zeros)"), "wrapped label joined")
        XCTAssertTrue(lines.contains("\t（七）总计\t\t\(Self.zeros)"))
        XCTAssertTrue(lines.contains("四、结转下年度继续办理\t\t\t\(Self.zeros)"))
        // vMerge: the merged label is printed once, never copied into the continuation rows.
        XCTAssertEqual(lines.filter { $0.contains("三、本年度办理结果") }.count, 1)
        XCTAssertEqual(lines.filter { $0.contains("（三）不予公开") }.count, 1)
        // Every data row of table 三: 3 label columns, then the 7 figures.
        let dataRows = lines.filter { $0.hasSuffix(Self.zeros) && $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 }
        XCTAssertEqual(dataRows.count, 25)
    }

    func testReport003OtherTablesAndParagraphs() throws {
        let lines = try report003().canonicalLines
        XCTAssertEqual(lines.first, "市中区工业和信息化局")
        XCTAssertTrue(lines.contains("一、总体情况"))
        XCTAssertFalse(lines.contains { $0.contains("[bookmark") }, "bookmarks are not text")
        // Table 二: gridSpan pads the columns a short row lacks; the full-width blank before 0 is trimmed.
        XCTAssertTrue(lines.contains("第二十条第（一）项\t\t\t"))
        XCTAssertTrue(lines.contains("信息内容\t本年制发件数\t本年废止件数\t现行有效件数"))
        XCTAssertTrue(lines.contains("行政处罚\t0\t\t"))
        XCTAssertTrue(lines.contains("行政事业性收费\t0\t\t"))
        // Table 四: the 15 figures on one line, under a 15-column header.
        XCTAssertTrue(lines.contains("行政复议\t\t\t\t\t行政诉讼" + String(repeating: "\t", count: 9)))
        XCTAssertTrue(lines.contains("\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计"))
        XCTAssertTrue(lines.contains(Array(repeating: "0", count: 15).joined(separator: "\t")))
    }

    func testRunMarkupTabsBreaksAndHiddenText() throws {
        let body = """
            <w:p><w:r><w:tab/><w:t>结果</w:t><w:tab/><w:t>维持</w:t></w:r></w:p>\
            <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>可见</w:t></w:r>\
            <w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del></w:p>\
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>\
            <wp:docPr id="1" name="图片 1" descr="表格截图"/></wp:inline></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>备用</w:t></w:r></w:p>\
            </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """
        XCTAssertEqual(try readDocx(body: body), "结果\t维持\n第一行\n第二行\n可见\n[image: 表格截图]\n")
    }

    func testGridBeforeAndNestedTable() throws {
        let row = "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr>"
        let first = "<w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>"
        XCTAssertEqual(try readDocx(body: "<w:tbl>\(first)\(row)</w:tbl>"), "甲\t\t5\n\t\t7\n")
        // A table inside a cell: the outer table is a frame, read as lines; the inner one keeps its rows.
        let nested = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>标题</w:t></w:r></w:p><w:tbl>\(first)</w:tbl></w:tc>"
            + "<w:tc><w:p><w:r><w:t>旁注</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        XCTAssertEqual(try readDocx(body: nested), "标题\n甲\t\t5\n旁注\n")
    }

    func testMainPartNamedByThePackageRelationships() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("other.docx")
        let relationships = DocxFixture.packageRelationships.replacingOccurrences(of: "word/document.xml", with: "/word/main.xml")
        try DocxFixture.writeZip([
            ("_rels/.rels", relationships),
            ("word/main.xml", DocxFixture.document(body: DocxFixture.paragraph("一、总体情况"))),
        ], to: url)
        XCTAssertEqual(try DocxReportReader.text(from: Data(contentsOf: url), fileName: "other.docx"), "一、总体情况\n")
    }

    func testTruncatedZipIsDamagedArchive() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("report.docx")
        try DocxFixture.writeDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)), to: url)
        let data = try Data(contentsOf: url)
        for length in [data.count / 2, data.count - 30, 10] {
            XCTAssertThrowsError(try DocxReportReader.text(from: data.prefix(length), fileName: "cut.docx")) { error in
                guard case ReaderError.damagedArchive(fileName: "cut.docx", _) = error else {
                    return XCTFail("\(length) bytes: \(error)")
                }
                XCTAssertTrue((error as? ReaderError)?.message.hasPrefix("cut.docx: cannot open the .docx") == true)
            }
        }
    }

    func testCorruptCompressedPartIsDamagedArchive() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("report.docx")
        try DocxFixture.writeDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)), to: url)
        var data = try Data(contentsOf: url)
        // Flip bytes in the middle of the deflated document.xml (the central directory stays intact).
        let marker = try XCTUnwrap(data.range(of: Data("word/document.xml".utf8)))
        for offset in (marker.upperBound + 200)..<(marker.upperBound + 400) { data[offset] ^= 0x5A }
        XCTAssertThrowsError(try DocxReportReader.text(from: data, fileName: "bad.docx")) { error in
            guard case ReaderError.damagedArchive = error else { return XCTFail("\(error)") }
        }
    }

    func testMissingDocumentPart() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("empty.docx")
        try DocxFixture.writeZip([("[Content_Types].xml", DocxFixture.contentTypes)], to: url)
        XCTAssertThrowsError(try DocxReportReader.text(from: Data(contentsOf: url), fileName: "empty.docx")) { error in
            XCTAssertEqual(error as? ReaderError, .missingPart(fileName: "empty.docx", part: "word/document.xml"))
            XCTAssertEqual((error as? ReaderError)?.message,
                           "empty.docx: not a Word document (word/document.xml is missing from the .docx)")
        }
    }

    func testMalformedDocumentXML() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("broken.docx")
        for xml in ["<w:document xmlns:w=\"x\"><w:body><w:p>", "<w:document xmlns:w=\"x\"><w:p></w:r></w:document>"] {
            try? FileManager.default.removeItem(at: url)
            try DocxFixture.writeZip([("word/document.xml", xml)], to: url)
            XCTAssertThrowsError(try DocxReportReader.text(from: Data(contentsOf: url), fileName: "broken.docx")) { error in
                guard case ReaderError.malformedXML(fileName: "broken.docx", part: "word/document.xml", _) = error else {
                    return XCTFail("\(error)")
                }
            }
        }
    }

    func testLegacyWordAndEncryptedDocx() {
        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        ole.append(Data(repeating: 0, count: 504))
        XCTAssertThrowsError(try DocxReportReader.text(from: ole, fileName: "old.doc")) { error in
            XCTAssertEqual(error as? ReaderError, .legacyWord(fileName: "old.doc"))
            XCTAssertEqual((error as? ReaderError)?.message, "old.doc: .doc (Word 97–2003) is not supported; save it as .docx")
        }
        ole.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        XCTAssertThrowsError(try DocxReportReader.text(from: ole, fileName: "locked.docx")) { error in
            XCTAssertEqual(error as? ReaderError, .passwordProtected(fileName: "locked.docx"))
        }
    }
}
