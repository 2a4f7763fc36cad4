import Foundation
import XCTest
@testable import ReportIngest

/// The parse cache's key (`FileStamp.isUnchanged`): size, modification time, change time and inode.
/// Issue 12 item 8: a report edited in place with its size and modification time kept (`touch -r`)
/// was served with its old figures.
final class CacheKeyTests: XCTestCase {
    private var corpus: CacheTestCorpus!

    override func setUpWithError() throws { corpus = try CacheTestCorpus() }
    override func tearDown() { corpus.remove() }

    /// Changes one digit of a figure (same size) and puts the old access and modification times back.
    private func editKeepingSizeAndTime(_ file: URL) throws -> Data {
        var before = stat()
        XCTAssertEqual(stat(file.path, &before), 0)
        var bytes = try Data(contentsOf: file)
        let digit = try XCTUnwrap(bytes.lastIndex { (0x31...0x38).contains($0) })
        bytes[digit] += 1
        let handle = try FileHandle(forWritingTo: file)   // in place: same inode
        try handle.write(contentsOf: bytes)
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(file.path, &after), 0)
        XCTAssertEqual(after.st_ino, before.st_ino)
        XCTAssertEqual(FileStamp(after).size, FileStamp(before).size)
        XCTAssertEqual(FileStamp(after).modified, FileStamp(before).modified, "the modification time is kept")
        XCTAssertLessThan(FileStamp(after).modified, Int64(Date().timeIntervalSince1970 * 1e9) - 3_000_000_000,
                          "old enough to be trusted by the racy-time rule")
        return bytes
    }

    func testAnEditWithSizeAndTimeKeptIsParsedAgain() throws {
        _ = corpus.load()
        let edited = [1, 4, 7, 10]
        var texts: [Int: String] = [:]
        for index in edited { texts[index] = String(decoding: try editKeepingSizeAndTime(corpus.files[index]), as: UTF8.self) }

        let (loaded, statistics) = corpus.load()
        XCTAssertEqual(statistics.parsed, edited.count, "each edited file is read again")
        XCTAssertEqual(statistics.fromCache, 12 - edited.count)
        for index in edited { XCTAssertEqual(loaded.records[index]["text"].textValue, texts[index], "file \(index)") }
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertEqual(corpus.load().statistics.parsed, 0, "the new records were cached")
    }

    /// A change of metadata alone (here chmod) moves the change time: the file is read and hashed
    /// once, found the same, and its cached record kept — never parsed again.
    func testAMetadataChangeCostsOneHashNotAParse() throws {
        _ = corpus.load()
        XCTAssertEqual(chmod(corpus.files[2].path, 0o600), 0)
        let (loaded, statistics) = corpus.load()
        XCTAssertEqual(statistics.parsed, 0)
        XCTAssertEqual(statistics.verifiedByHash, 1)
        XCTAssertEqual(statistics.fromCache, 12)
        XCTAssertTrue(statistics.cacheWritten, "the new change time is recorded")
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertEqual(corpus.load().statistics.verifiedByHash, 0)
    }

    func testTheKeyComparesEveryPart() {
        let cached = FileStamp(size: 10, modified: 20, changed: 30, inode: 40)
        XCTAssertTrue(FileStamp(size: 10, modified: 20, changed: 30, inode: 40).isUnchanged(since: cached))
        XCTAssertFalse(FileStamp(size: 11, modified: 20, changed: 30, inode: 40).isUnchanged(since: cached))
        XCTAssertFalse(FileStamp(size: 10, modified: 21, changed: 30, inode: 40).isUnchanged(since: cached))
        XCTAssertFalse(FileStamp(size: 10, modified: 20, changed: 31, inode: 40).isUnchanged(since: cached))
        XCTAssertFalse(FileStamp(size: 10, modified: 20, changed: 30, inode: 41).isUnchanged(since: cached))
    }
}
