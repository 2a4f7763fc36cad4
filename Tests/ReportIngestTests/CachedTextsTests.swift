import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// A load from the cache leaves the reports' texts in the cache file and reads each when it is first
/// asked for: the texts are those of a fresh parse; a cache file changed under the session is noticed
/// and the text read again from its report; a report changed too gives a null text, never another.
final class CachedTextsTests: XCTestCase {
    private var corpus: CacheTestCorpus!
    private let text = FieldCatalog.standard.id("text")
    private let sections = (1...6).map { FieldCatalog.standard.id("text.s\($0)") }

    override func setUpWithError() throws {
        corpus = try CacheTestCorpus(count: 6, seed: 5)
        _ = corpus.load()
    }

    override func tearDown() { corpus.remove() }

    private func texts(_ corpus: Corpus) -> [[Value]] {
        corpus.records.map { record in [record[text]] + sections.map { record[$0] } }
    }

    func testTextsReadFromTheCacheAreThoseOfAFreshParse() throws {
        let (cached, statistics) = corpus.load()
        XCTAssertEqual(statistics.fromCache, 6)
        let fresh = corpus.loadWithoutCache()
        XCTAssertEqual(texts(cached), texts(fresh))
        XCTAssertTrue(texts(cached).allSatisfy { $0[0].textValue?.isEmpty == false })
        XCTAssertEqual(cached.records, fresh.records)
    }

    func testTextsOverwrittenInTheCacheAreReadAgainFromTheReports() throws {
        let (cached, _) = corpus.load()
        let url = try XCTUnwrap(corpus.cacheFile)
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: UInt64(CacheFile.headerSize))
        try handle.write(contentsOf: Data(repeating: 0x41, count: 4096))
        try handle.close()
        XCTAssertEqual(texts(cached), texts(corpus.loadWithoutCache()))
    }

    func testATruncatedCacheFileGivesTheTextsOfTheReports() throws {
        let (cached, _) = corpus.load()
        let url = try XCTUnwrap(corpus.cacheFile)
        XCTAssertEqual(truncate(url.path, off_t(CacheFile.headerSize)), 0)
        XCTAssertEqual(texts(cached), texts(corpus.loadWithoutCache()))
    }

    func testAReportChangedAsWellGivesANullTextNotAnother() throws {
        let (cached, _) = corpus.load()
        let url = try XCTUnwrap(corpus.cacheFile)
        XCTAssertEqual(truncate(url.path, off_t(CacheFile.headerSize)), 0)
        let changed = corpus.files[0]
        try (Data(contentsOf: changed) + Data("\n".utf8)).write(to: changed)
        let file = try XCTUnwrap(cached.records.firstIndex { $0["file"].textValue == changed.lastPathComponent })
        XCTAssertEqual(cached.records[file][text], .null)
        XCTAssertTrue(sections.allSatisfy { cached.records[file][$0] == .null }, "its sections too")
        XCTAssertNotNil(cached.records[file]["agency"].textValue, "the other fields stand")
        let other = (file + 1) % cached.records.count
        XCTAssertNotNil(cached.records[other][text].textValue, "the other reports' texts are read")
    }
}

/// Copying a text out of the cache (how the query engine lays the texts out) gives the bytes `text`
/// gives, and fails where `text` is null.
final class CachedTextsCopyTests: XCTestCase {
    private var corpus: CacheTestCorpus!
    private let text = FieldCatalog.standard.id("text").rawValue

    override func setUpWithError() throws {
        corpus = try CacheTestCorpus(count: 4, seed: 9)
        _ = corpus.load()
    }

    override func tearDown() { corpus.remove() }

    private func copied(_ record: ReportRecord) -> String? {
        guard let count = record.ownTextUTF8Count(text) else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let done = bytes.withUnsafeMutableBytes { record.copyOwnText(text, to: $0) }
        return done ? String(decoding: bytes, as: UTF8.self) : nil
    }

    func testCopiesAreTheTextsEvenAfterTheCacheIsOverwritten() throws {
        let (cached, _) = corpus.load()
        let fresh = corpus.loadWithoutCache()
        XCTAssertEqual(cached.records.map(copied), fresh.records.map { $0.text(text) })
        let handle = try FileHandle(forUpdating: try XCTUnwrap(corpus.cacheFile))
        try handle.seek(toOffset: UInt64(CacheFile.headerSize))
        try handle.write(contentsOf: Data(repeating: 0x41, count: 4096))
        try handle.close()
        XCTAssertEqual(cached.records.map(copied), fresh.records.map { $0.text(text) }, "read again from the reports")
        XCTAssertTrue(fresh.records.allSatisfy { $0.text(text)?.isEmpty == false })
    }

    func testACopyFailsWhenTheReportChangedToo() throws {
        let (cached, _) = corpus.load()
        XCTAssertEqual(truncate(try XCTUnwrap(corpus.cacheFile).path, off_t(CacheFile.headerSize)), 0)
        let changed = corpus.files[0]
        try (Data(contentsOf: changed) + Data("\n".utf8)).write(to: changed)
        let file = try XCTUnwrap(cached.records.firstIndex { $0["file"].textValue == changed.lastPathComponent })
        XCTAssertNil(copied(cached.records[file]))
        XCTAssertNotNil(copied(cached.records[(file + 1) % cached.records.count]))
    }
}
