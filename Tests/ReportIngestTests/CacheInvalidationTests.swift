import Foundation
import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// A synthetic corpus in a temporary folder with its own cache directory, files dated an hour back
/// (so stamp matches are trusted), and loads through the cache or without it.
struct CacheTestCorpus {
    let root: URL
    let cache: URL
    let files: [URL]

    init(count: Int = 12, seed: UInt64 = 7) throws {
        root = try TextFixtures.temporaryDirectory()
        cache = root.appendingPathComponent(".cache")
        files = try writeCorpus(count: count, to: root.appendingPathComponent("reports"), seed: seed)
        for file in files { try CacheTestCorpus.age(file) }
    }

    var path: String { root.appendingPathComponent("reports").path }

    func load() -> (corpus: Corpus, statistics: LoadStatistics) {
        CorpusLoader.loadReporting(paths: [path], options: LoadOptions(cache: .directory(cache), showsProgress: false))
    }

    func loadWithoutCache() -> Corpus {
        CorpusLoader.load(paths: [path], options: LoadOptions(cache: .off, showsProgress: false))
    }

    /// The one cache file of the corpus.
    var cacheFile: URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        return names.first { $0.hasSuffix(".cache") }.map { cache.appendingPathComponent($0) }
    }

    /// Dates a file `seconds` back.
    static func age(_ file: URL, seconds: TimeInterval = 3600) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: file.path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every field, provenance and warning of every record, to compare loads.
    static func content(_ corpus: Corpus) -> [String] {
        corpus.records.map { record in
            let fields = zip(record.values, record.provenance).map { value, provenance in
                "\(value)|\(provenance.map { "\($0.line)\($0.origin)" } ?? "-")"
            }
            return fields.joined(separator: "\u{1F}") + "\u{1E}" + record.warningList.joined(separator: "\u{1F}")
        } + corpus.diagnostics.map { "\($0.file): \($0.message) \($0.severity)" }
    }
}

/// The cache gives exactly the records a fresh parse gives, and follows every change to the files.
final class CacheInvalidationTests: XCTestCase {
    private var corpus: CacheTestCorpus!

    override func setUpWithError() throws { corpus = try CacheTestCorpus() }
    override func tearDown() { corpus.remove() }

    func testSecondLoadReadsEveryRecordBackUnchanged() throws {
        let first = corpus.load()
        XCTAssertEqual(first.statistics.parsed, 12)
        XCTAssertEqual(first.statistics.fromCache, 0)
        XCTAssertTrue(first.statistics.cacheWritten)
        XCTAssertNil(first.statistics.cacheProblem)
        let written = try XCTUnwrap(corpus.cacheFile)
        let stampBefore = try FileManager.default.attributesOfItem(atPath: written.path)[.modificationDate] as? Date

        let second = corpus.load()
        XCTAssertEqual(second.statistics.parsed, 0)
        XCTAssertEqual(second.statistics.fromCache, 12)
        XCTAssertEqual(second.statistics.verifiedByHash, 0, "old stamps are trusted without reading the files")
        XCTAssertFalse(second.statistics.cacheWritten, "nothing changed, nothing rewritten")
        XCTAssertEqual(CacheTestCorpus.content(second.corpus), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertEqual(CacheTestCorpus.content(first.corpus), CacheTestCorpus.content(second.corpus))
        let stampAfter = try FileManager.default.attributesOfItem(atPath: written.path)[.modificationDate] as? Date
        XCTAssertEqual(stampBefore, stampAfter)
    }

    func testAChangedFileIsParsedAgainAndTheOthersComeFromTheCache() throws {
        _ = corpus.load()
        let file = corpus.files[3]
        let text = try String(contentsOf: file, encoding: .utf8)
        let agency = try XCTUnwrap(corpus.loadWithoutCache().records[3]["agency"].textValue)
        try text.replacingOccurrences(of: agency, with: "某某市某某局").write(to: file, atomically: false, encoding: .utf8)

        let (loaded, statistics) = corpus.load()
        XCTAssertEqual(statistics.parsed, 1)
        XCTAssertEqual(statistics.fromCache, 11)
        XCTAssertTrue(statistics.cacheWritten)
        XCTAssertNotEqual(loaded.records[3]["agency"].textValue, agency)
        XCTAssertTrue(loaded.records[3]["text"].textValue?.contains("某某市某某局") ?? false)
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertEqual(corpus.load().statistics.parsed, 0, "the new record was cached")
    }

    /// The same size and the same time, but other bytes, written within the clock's granularity of
    /// the scan that cached the file: the stamp is not trusted, the bytes are hashed.
    func testASameSizeChangeWithTheSameTimeIsCaughtByTheContentHash() throws {
        let file = corpus.files[5]
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        _ = corpus.load()
        var before = stat()
        XCTAssertEqual(stat(file.path, &before), 0)
        var bytes = try Data(contentsOf: file)
        let digit = try XCTUnwrap(bytes.lastIndex { (0x31...0x38).contains($0) })
        bytes[digit] += 1
        try bytes.write(to: file)
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(file.path, &after), 0)
        XCTAssertEqual(FileStamp(after).modified, FileStamp(before).modified, "the very same stamp")
        XCTAssertEqual(FileStamp(after).size, FileStamp(before).size)

        let (loaded, statistics) = corpus.load()
        XCTAssertEqual(statistics.parsed, 1)
        XCTAssertEqual(loaded.records[5]["text"].textValue, String(decoding: bytes, as: UTF8.self))
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()))
    }

    func testATouchedFileIsVerifiedByItsHashNotParsed() throws {
        _ = corpus.load()
        try CacheTestCorpus.age(corpus.files[0], seconds: 60)
        let (loaded, statistics) = corpus.load()
        XCTAssertEqual(statistics.parsed, 0)
        XCTAssertEqual(statistics.verifiedByHash, 1)
        XCTAssertEqual(statistics.fromCache, 12)
        XCTAssertTrue(statistics.cacheWritten, "the new time is recorded")
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertEqual(corpus.load().statistics.verifiedByHash, 0)
    }

    func testRemovedAndAddedFilesAreFollowed() throws {
        _ = corpus.load()
        try FileManager.default.removeItem(at: corpus.files[2])
        let removed = corpus.load()
        XCTAssertEqual(removed.corpus.records.count, 11)
        XCTAssertEqual(removed.statistics.parsed, 0)
        XCTAssertTrue(removed.statistics.cacheWritten)
        XCTAssertFalse(removed.corpus.records.contains { $0.file == corpus.files[2].lastPathComponent })

        let extra = try writeCorpus(count: 1, to: corpus.root.appendingPathComponent("reports/more"), seed: 99)
        try CacheTestCorpus.age(extra[0])
        let added = corpus.load()
        XCTAssertEqual(added.corpus.records.count, 12)
        XCTAssertEqual(added.statistics.parsed, 1)
        XCTAssertEqual(added.statistics.fromCache, 11)
        XCTAssertEqual(CacheTestCorpus.content(added.corpus), CacheTestCorpus.content(corpus.loadWithoutCache()))
    }

    func testSkippedFilesAreCachedWithTheirDiagnostic() throws {
        let notReport = corpus.root.appendingPathComponent("reports/notes.txt")
        try Data("购物清单\n牛奶两盒\n面包\n".utf8).write(to: notReport)
        try CacheTestCorpus.age(notReport)
        let first = corpus.load()
        let second = corpus.load()
        XCTAssertEqual(second.statistics.parsed, 0)
        XCTAssertEqual(second.statistics.fromCache, 13)
        XCTAssertEqual(second.corpus.diagnostics, first.corpus.diagnostics)
        XCTAssertEqual(second.corpus.diagnostics.map(\.file), ["notes.txt"])
    }

    func testOffAndSmallCorporaWriteNoCache() throws {
        _ = CorpusLoader.load(paths: [corpus.path], options: LoadOptions(cache: .off, showsProgress: false))
        XCTAssertNil(corpus.cacheFile)
        let home = corpus.root.appendingPathComponent("xdg")
        XCTAssertEqual(LoadCache.default.directory(fileCount: 40, environment: ["XDG_CACHE_HOME": home.path])?.path,
                       home.appendingPathComponent("gongkai").path)
        XCTAssertEqual(LoadCache.default.directory(fileCount: 40, environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"])?.path,
                       "/home/u/.cache/gongkai", "a relative XDG_CACHE_HOME is ignored")
        XCTAssertNil(LoadCache.default.directory(fileCount: LoadCache.minimumFiles - 1, environment: ["HOME": "/home/u"]))
        XCTAssertNil(LoadCache.off.directory(fileCount: 1_000))
    }
}
