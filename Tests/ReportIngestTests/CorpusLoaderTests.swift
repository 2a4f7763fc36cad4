import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// Bad input never crashes the loader: each bad file is reported once, by name, and the good ones load.
final class CorpusLoaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TextFixtures.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ data: Data) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func utf8(_ prefix: String) throws -> Data { Data(try TextFixtures.text(prefix).utf8) }

    /// Every field but id and file, to compare records of the same text in different encodings.
    private func content(_ record: ReportRecord) -> [String] {
        let skipped: Set<String> = ["id", "file"]
        return FieldCatalog.standard.fields.filter { !skipped.contains($0.name) }.map { field in
            "\(field.name)=\(record[field.id]) \(record.source(of: field.id).map { "\($0.line)\($0.origin)" } ?? "")"
        }
    }

    private func diagnostics(_ corpus: Corpus, _ file: String) -> [LoadDiagnostic] {
        corpus.diagnostics.filter { $0.file == file }
    }

    func testBadFilesAreReportedOnceAndGoodReportsStillLoad() throws {
        try write("000.txt", try utf8("000"))
        try write("sub/003.txt", try utf8("003"))
        try write("empty.txt", Data())
        try write("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10] + Array(repeating: 0, count: 64)))
        try write("notes.md", Data("购物清单\n牛奶两盒\n面包\n".utf8))
        try write("invalid.txt", Data([0xE4, 0xB8, 0x80, 0x80, 0xFF, 0xFE, 0x80, 0x41]))
        try write("picture.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try write(".hidden.txt", Data())
        let missing = directory.appendingPathComponent("no-such-folder").path
        let corpus = CorpusLoader.load(paths: [directory.path, missing])

        XCTAssertEqual(corpus.records.map(\.file), ["000.txt", "sub/003.txt"], "sorted relative paths")
        XCTAssertEqual(corpus.records.map(\.id), ["000", "sub/003"])
        XCTAssertEqual(corpus.records.last?["agency"], .text("枣庄市市中区工业和信息化局"))
        XCTAssertEqual(corpus.diagnostics.count, 5, corpus.diagnostics.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(diagnostics(corpus, "empty.txt").map(\.message), ["empty file"])
        XCTAssertEqual(diagnostics(corpus, "binary.txt").map(\.message),
                       ["binary file (contains NUL bytes; UTF-16 needs a byte-order mark), not text"])
        XCTAssertEqual(diagnostics(corpus, "notes.md").count, 1)
        XCTAssertTrue(diagnostics(corpus, "notes.md").first?.message.hasPrefix("not a government information") ?? false)
        XCTAssertEqual(diagnostics(corpus, "invalid.txt").count, 1)
        XCTAssertTrue(diagnostics(corpus, "invalid.txt").first?.message.hasPrefix("cannot decode") ?? false)
        XCTAssertEqual(diagnostics(corpus, missing).map(\.message), ["no such file or directory"])
        XCTAssertTrue(corpus.diagnostics.allSatisfy { $0.severity == .skipped })
    }

    func testOtherEncodingsGiveTheSameRecordAsUTF8() throws {
        let text = try TextFixtures.text("002")
        let gb18030 = try XCTUnwrap(text.data(using: TextDecoder.gb18030))
        try write("a-utf8.txt", Data(text.utf8))
        try write("b-gb18030.txt", gb18030)
        try write("c-utf16le.txt", Data([0xFF, 0xFE]) + (try XCTUnwrap(text.data(using: .utf16LittleEndian))))
        try write("d-utf16be.txt", Data([0xFE, 0xFF]) + (try XCTUnwrap(text.data(using: .utf16BigEndian))))
        try write("e-bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        try write("f-crlf.txt", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.diagnostics, [])
        XCTAssertEqual(corpus.records.count, 6)
        let reference = content(corpus.records[0])
        XCTAssertEqual(corpus.records[0]["proactive.total"], .integer(192))
        for record in corpus.records.dropFirst() {
            XCTAssertEqual(content(record), reference, record.file)
        }
    }

    func testFileOverTheSizeCapIsSkippedWithTheReason() throws {
        let chunk = try utf8("004")
        let url = directory.appendingPathComponent("huge.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        var block = Data()
        while block.count < 1_048_576 { block += chunk }
        for _ in 0..<50 where (try handle.offset()) < 50 * 1_048_576 { handle.write(block) }
        try handle.close()
        try write("000.txt", try utf8("000"))
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.map(\.id), ["000"])
        let messages = diagnostics(corpus, "huge.txt").map(\.message)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages.first?.contains("over the 32 MB limit") ?? false, messages.joined())
        XCTAssertTrue(messages.first?.hasPrefix("file is 5") ?? false, "names the size: \(messages)")
    }

    /// A long file under the cap is parsed (the readers are linear; this would take minutes otherwise).
    func testLargeReportUnderTheCapLoads() throws {
        let text = try TextFixtures.text("003")
        try write("long.txt", Data(String(repeating: text, count: 120).utf8))
        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(maxFileSize: 4 * 1_048_576))
        XCTAssertEqual(corpus.diagnostics, [])
        XCTAssertEqual(corpus.records.first?["proactive.total"], .integer(65))
        XCTAssertEqual(corpus.records.first?["agency"], .text("枣庄市市中区工业和信息化局"))
    }

    func testAFileGivenDirectlyIsNamedByItsNameAndAnUnsupportedOneIsReported() throws {
        try write("deep/report.md", try utf8("001"))
        try write("deep/report.rtf", Data("{\\rtf1}".utf8))
        let corpus = CorpusLoader.load(paths: [
            directory.appendingPathComponent("deep/report.md").path,
            directory.appendingPathComponent("deep/report.rtf").path,
        ])
        XCTAssertEqual(corpus.records.map(\.file), ["report.md"])
        XCTAssertEqual(corpus.records.map(\.id), ["report"])
        XCTAssertEqual(corpus.diagnostics.map(\.file), ["report.rtf"])
        let readers = DocumentReaderRegistry.standard.fileExtensions.map { "." + $0 }.joined(separator: ", ")
        XCTAssertEqual(corpus.diagnostics.first?.message, "unsupported file type .rtf (readers: \(readers))")
    }

    func testAFolderWithoutReportsIsReportedAsAWarning() throws {
        try write("readme.rtf", Data("x".utf8))
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.count, 0)
        XCTAssertEqual(corpus.diagnostics.map(\.severity), [.warning])
    }

    func testParallelAndSequentialLoadingGiveTheSameRecordsInPathOrder() {
        let parallel = TextFixtures.loaded
        let sequential = CorpusLoader.load(paths: [TextFixtures.corpus.path], options: LoadOptions(parallel: false))
        XCTAssertEqual(parallel.records.map(\.id), sequential.records.map(\.id))
        XCTAssertEqual(parallel.records.map(\.id), parallel.records.map(\.id).sorted())
        XCTAssertEqual(parallel.records.map(content), sequential.records.map(content))
        XCTAssertEqual(parallel.records.count, 5)
        XCTAssertEqual(parallel.diagnostics, [])
    }

    func testAReaderCanBeAddedForAnotherExtension() throws {
        struct PassThroughReader: DocumentReader {
            let fileExtensions = ["rpt"]
            func read(_ data: Data, fileName: String) -> Result<String, DocumentReadError> {
                .success(String(decoding: data, as: UTF8.self))
            }
        }
        try write("x.rpt", try utf8("003"))
        var readers = DocumentReaderRegistry.standard
        readers.register(PassThroughReader())
        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(readers: readers))
        XCTAssertEqual(corpus.records.map(\.file), ["x.rpt"])
        XCTAssertTrue(readers.fileExtensions.contains("rpt"))
        XCTAssertEqual(readers.fileExtensions, (DocumentReaderRegistry.standard.fileExtensions + ["rpt"]).sorted())
    }
}
