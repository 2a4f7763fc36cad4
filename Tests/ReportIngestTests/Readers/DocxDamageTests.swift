import Foundation
import XCTest
@testable import ReportIngest

/// Issue 12 item 1: a damaged .docx is refused with a message naming it — never a trap — and the rest
/// of the batch loads. The zip is read by `ZipArchive`, the XML by libxml2 (`XMLStream`).
final class DocxDamageTests: XCTestCase {
    private func docx(_ entries: [(String, Data)]) throws -> Data {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("fixture.docx")
        try DocxFixture.writeZip(bytes: entries, to: url)
        return try Data(contentsOf: url)
    }

    private func document(_ xml: String) -> [(String, Data)] {
        [("word/document.xml", Data(xml.utf8))]
    }

    /// Offset of the end-of-central-directory record.
    private func endRecord(_ data: Data) throws -> Int {
        try XCTUnwrap(data.range(of: Data([0x50, 0x4B, 0x05, 0x06]), options: .backwards)).lowerBound
    }

    private func put32(_ value: UInt32, at offset: Int, in data: inout Data) {
        for byte in 0..<4 { data[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }

    private func readError(_ data: Data, file: String = "bad.docx") -> ReaderError? {
        do {
            _ = try DocxReportReader.text(from: data, fileName: file)
            return nil
        } catch {
            return error as? ReaderError
        }
    }

    func testCentralDirectoryPointingPastTheEndIsADamagedArchive() throws {
        // The campaign's 145-byte file: a one-entry zip whose directory offset points far past its end.
        var data = try docx(document("<w:document xmlns:w=\"x\"/>"))
        XCTAssertLessThan(data.count, 300)
        put32(0x7FFF_0000, at: try endRecord(data) + 16, in: &data)
        let error = readError(data)
        guard case .damagedArchive(fileName: "bad.docx", let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.contains("past the end"), detail)
    }

    func testDirectoryEntriesAndLocalHeadersOutOfBoundsAreDamaged() throws {
        let good = try docx(document("<w:document xmlns:w=\"x\"/>"))
        let end = try endRecord(good)
        let directory = Int(good[end + 16]) | Int(good[end + 17]) << 8
        var cases: [Data] = []
        var lyingCount = good
        lyingCount[end + 10] = 0xFF  // 255 entries in a directory that holds one
        cases.append(lyingCount)
        var farHeader = good
        put32(0x00FF_FFF0, at: directory + 42, in: &farHeader)  // the local header offset
        cases.append(farHeader)
        var hugeEntry = good
        put32(0x7FFF_FFF0, at: directory + 20, in: &hugeEntry)  // compressed size past the end
        cases.append(hugeEntry)
        var longName = good
        longName[directory + 28] = 0xFF; longName[directory + 29] = 0xFF  // a name longer than the directory
        cases.append(longName)
        for (index, data) in cases.enumerated() {
            guard case .damagedArchive(fileName: "bad.docx", _)? = readError(data) else {
                return XCTFail("case \(index): \(String(describing: readError(data)))")
            }
        }
        // Every truncation of a good file is an error value too (each prefix, none traps).
        let body = try docx(document(DocxFixture.document(body: DocxFixture.paragraph("一、总体情况"))))
        for length in 0..<body.count {
            XCTAssertNotNil(readError(body.prefix(length)), "\(length) bytes")
        }
    }

    func testInvalidUTF8InAnElementNameIsMalformedXML() throws {
        var xml = Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p".utf8)
        xml.append(contentsOf: [0xFF, 0xFE, 0xC3, 0x28, 0xA0])  // five bytes of invalid UTF-8
        xml.append(Data("></w:p></w:body></w:document>".utf8))
        let error = readError(try docx([("word/document.xml", xml)]))
        guard case .malformedXML(fileName: "bad.docx", part: "word/document.xml", let detail)? = error else {
            return XCTFail("\(String(describing: error))")
        }
        XCTAssertTrue(detail.hasPrefix("XML error "), detail)
        XCTAssertTrue(detail.contains("at line 1"), detail)
    }

    func testADoctypeIsRefusedSoNoEntityExpands() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>\
            <w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>
            """
        let error = readError(try docx(document(laughs)))
        guard case .malformedXML(_, _, let detail)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(detail.contains("DOCTYPE"), detail)
        // An undeclared entity is an error, not text.
        let undeclared = DocxFixture.document(body: "<w:p><w:r><w:t>&d;</w:t></w:r></w:p>")
        guard case .malformedXML? = readError(try docx(document(undeclared))) else { return XCTFail("undeclared entity read") }
    }

    func testDamagedRelationshipsFallBackToTheDefaultPart() throws {
        var relationships = Data(DocxFixture.packageRelationships.utf8)
        relationships.append(contentsOf: [0xFF, 0xFE])
        let data = try docx([("_rels/.rels", relationships),
                             ("word/document.xml", Data(DocxFixture.document(body: DocxFixture.paragraph("一、总体情况")).utf8))])
        XCTAssertEqual(try DocxReportReader.text(from: data, fileName: "ok.docx"), "一、总体情况\n")
    }

    func testDamagedDocxFilesAreNamedOnceAndTheRestOfTheBatchLoads() throws {
        let folder = try ReaderFixtures.temporaryDirectory(for: self)
        try Data(try ReaderFixtures.corpusReport(0).utf8).write(to: folder.appendingPathComponent("000.txt"))
        let goodURL = folder.appendingPathComponent("003.docx")
        try DocxFixture.writeDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)), to: goodURL)
        var pastTheEnd = try docx(document("<w:document xmlns:w=\"x\"/>"))
        put32(0x7FFF_0000, at: try endRecord(pastTheEnd) + 16, in: &pastTheEnd)
        try pastTheEnd.write(to: folder.appendingPathComponent("past-end.docx"))
        var badName = Data("<w:document xmlns:w=\"x\"><w:p".utf8)
        badName.append(contentsOf: [0xFF, 0xFE, 0xFD, 0xFC, 0xFB])
        badName.append(Data("/></w:document>".utf8))
        try docx([("word/document.xml", badName)]).write(to: folder.appendingPathComponent("bad-utf8.docx"))
        let corpus = CorpusLoader.load(paths: [folder.path], options: LoadOptions(cache: .off))
        XCTAssertEqual(corpus.records.count, 2)
        XCTAssertEqual(Set(corpus.records.map(\.file)), ["000.txt", "003.docx"])
        for name in ["past-end.docx", "bad-utf8.docx"] {
            XCTAssertEqual(corpus.diagnostics.filter { $0.file == name }.count, 1, name)
            XCTAssertEqual(corpus.diagnostics.filter { $0.message.contains(name) }.count, 0, "named twice: \(corpus.diagnostics)")
        }
    }
}
