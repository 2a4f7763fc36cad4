import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// A damaged or stale cache file is noticed, never trusted: the files are parsed and the cache is
/// written anew, and the records are those of a fresh parse.
final class CacheDamageTests: XCTestCase {
    private var corpus: CacheTestCorpus!

    override func setUpWithError() throws {
        corpus = try CacheTestCorpus(count: 10, seed: 11)
        _ = corpus.load()
    }

    override func tearDown() { corpus.remove() }

    /// Loads after `damage`, expecting a rebuild that mentions `problem`, then a clean cached load.
    private func assertRebuilt(_ problem: String, file: StaticString = #filePath, line: UInt = #line,
                               _ damage: (inout Data) throws -> Void) throws {
        let url = try XCTUnwrap(corpus.cacheFile, file: file, line: line)
        var bytes = try Data(contentsOf: url)
        try damage(&bytes)
        try bytes.write(to: url)
        let (loaded, statistics) = corpus.load()
        XCTAssertGreaterThan(statistics.parsed, 0, file: file, line: line)
        XCTAssertTrue(statistics.cacheProblem?.contains(problem) ?? false, "\(statistics.cacheProblem ?? "nil")", file: file, line: line)
        XCTAssertTrue(statistics.cacheWritten, file: file, line: line)
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()), file: file, line: line)
        let again = corpus.load().statistics
        XCTAssertEqual(again.parsed, 0, "rebuilt", file: file, line: line)
        XCTAssertEqual(again.fromCache, 10, file: file, line: line)
        XCTAssertNil(again.cacheProblem, file: file, line: line)
    }

    /// (A flipped byte in a report's text is caught when the text is read: `CachedTextsTests`.)
    func testAFlippedByteInARecordIsCaughtByItsChecksum() throws {
        try assertRebuilt("damaged") { bytes in
            let indexOffset = bytes[40..<48].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
            bytes[indexOffset - 200] ^= 0x20
        }
    }

    func testAFlippedByteInTheIndexIsCaught() throws {
        try assertRebuilt("damaged") { bytes in bytes[bytes.count - 20] ^= 0x01 }
    }

    func testATruncatedFileIsCaught() throws {
        try assertRebuilt("damaged") { bytes in bytes = bytes.prefix(bytes.count / 2) }
    }

    func testGarbageIsNotACacheFile() throws {
        try assertRebuilt("damaged") { bytes in bytes = Data(repeating: 0x47, count: 4096) }
    }

    func testACacheOfAnotherBuildIsStale() throws {
        try assertRebuilt("stale") { bytes in bytes[16] ^= 0xFF }
    }

    func testAnotherFormatVersionIsStale() throws {
        try assertRebuilt("stale") { bytes in bytes[8] &+= 1 }
    }

    /// Damage that keeps the checksums right (a record re-encoded wrongly) still cannot produce a
    /// wrong record: the decoder checks every count, index and range, and text must be valid UTF-8.
    func testTheDecoderRefusesBadEntries() throws {
        let n = FieldCatalog.standard.count
        let year = FieldCatalog.standard.id("year").rawValue
        let s1 = FieldCatalog.standard.id("text.s1").rawValue
        let agency = FieldCatalog.standard.id("agency").rawValue
        /// A record entry with every field null but `field`, which has `tag` and `payload` (and `also`).
        func entry(field: Int = year, tag: UInt8 = 1, payload: UInt32 = 7, also: (Int, UInt8, UInt32)? = nil,
                   count: Int? = nil, texts: [[UInt8]] = [], pieces: [Int32] = [], tail: [UInt8] = [0, 0, 0]) -> [UInt8] {
            var writer = ByteWriter()
            writer.byte(RecordEncoder.recordEntry)
            writer.varint(count ?? n)
            var tags = [UInt8](repeating: 0, count: n), bits = [UInt32](repeating: 0, count: n)
            tags[field] = tag
            bits[field] = payload
            if let (other, otherTag, otherPayload) = also {
                tags[other] = otherTag
                bits[other] = otherPayload
            }
            tags.withUnsafeBytes { writer.raw($0) }
            bits.withUnsafeBytes { writer.raw($0) }
            [Int32](repeating: 0, count: n).withUnsafeBytes { writer.raw($0) }
            writer.varint(0)
            writer.varint(texts.count)
            for text in texts {
                writer.varint(text.count)
                writer.bytes += text
            }
            writer.varint(pieces.count / 3)
            pieces.withUnsafeBytes { writer.raw($0) }
            writer.bytes += tail
            return writer.bytes
        }
        func decodes(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { (try? RecordDecoder.decode($0)) != nil } }
        XCTAssertTrue(decodes(entry()), "the well-formed entry the others spoil")
        XCTAssertTrue(decodes(entry(tail: [0, 0, 1, 40] + [UInt8](repeating: 1, count: 256))), "with a prose signature")
        XCTAssertTrue(decodes(entry(field: agency, tag: 3, payload: 0, texts: [Array("甲".utf8)])))
        XCTAssertTrue(decodes(entry(field: s1, tag: 5, payload: 0, also: (agency, 3, 0), texts: [Array("甲".utf8)],
                                    pieces: [Int32(agency), 0, 3])), "a piece inside its text")
        let cases: [(String, [UInt8])] = [
            ("no kind", []),
            ("unknown kind", [9]),
            ("another field count", entry(count: n - 1)),
            ("bad origin", entry(tag: 1 | 4 << 3)),
            ("number index out of range", entry(tag: 2, payload: 0)),
            ("text index out of range", entry(field: agency, tag: 3, payload: 1, texts: [Array("甲".utf8)])),
            ("invalid UTF-8", entry(field: agency, tag: 3, payload: 0, texts: [[0xC3, 0x28]])),
            ("a range into no text", entry(field: s1, tag: 5, payload: 0, pieces: [Int32(year), 0, 1])),
            ("a range past its text", entry(field: s1, tag: 5, payload: 0, also: (agency, 3, 0), texts: [Array("甲".utf8)],
                                            pieces: [Int32(agency), 2, 4])),
            ("piece index out of range", entry(field: s1, tag: 5, payload: 3)),
            ("a deferred text with no bytes", entry(field: agency, tag: 7, payload: 0, tail: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
            ("bad deferred mark", entry(tail: [2, 0, 0])),
            ("bad prose signature mark", entry(tail: [0, 0, 2])),
            ("a prose signature cut short", entry(tail: [0, 0, 1, 40] + [UInt8](repeating: 1, count: 100))),
            ("ends early", Array(entry().dropLast(5))),
            ("trailing bytes", entry() + [0]),
        ]
        for (problem, bytes) in cases {
            XCTAssertFalse(decodes(bytes), "\(problem): should be refused")
        }
    }
}
