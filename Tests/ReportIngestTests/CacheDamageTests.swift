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

    func testAFlippedByteInARecordIsCaughtByItsChecksum() throws {
        try assertRebuilt("damaged") { bytes in bytes[CacheFile.headerSize + 200] ^= 0x20 }
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
    /// wrong record: the decoder checks every length and index, and text must be valid UTF-8.
    func testTheDecoderRefusesBadEntries() {
        let cases: [[UInt8]] = [
            [],                                  // no kind
            [9],                                 // unknown kind
            [0, 1, 0xFF, 0x01],                  // field gap beyond the catalog
            [0, 1, 0, 3 | 2 << 3, 2, 5, 0x41],   // text longer than the entry
            [0, 1, 0, 3, 2, 0xC3, 0x28, 0],      // invalid UTF-8
            [0, 1, 0, 6, 0, 0, 4, 0],            // a range into no earlier text
            [0, 0, 0, 7],                        // trailing bytes
        ]
        for bytes in cases {
            let result: Bool = bytes.withUnsafeBytes { raw in
                (try? RecordDecoder.decode(raw)) == nil
            }
            XCTAssertTrue(result, "\(bytes) should be refused")
        }
    }
}
