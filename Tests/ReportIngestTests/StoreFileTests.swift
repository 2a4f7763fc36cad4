import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// The column store's image beside the parse cache: written after a cached load, used by the next
/// load of the same unchanged files (the records then made only when read, and exactly those of a
/// fresh parse), and never trusted when the files changed or the image is damaged, cut or half written.
final class StoreFileTests: XCTestCase {
    private var corpus: CacheTestCorpus!
    /// What the test writes as the image's one block (the column layout is `ColumnImageTests`' concern).
    private let block: [UInt8] = Array(0..<40)

    override func setUpWithError() throws {
        corpus = try CacheTestCorpus(count: 10, seed: 23)
    }

    override func tearDown() { corpus.remove() }

    private var imageFile: URL { URL(fileURLWithPath: StoreFile.path(forCache: corpus.cacheFile!.path)) }

    /// Loads through the cache and writes the image the load asks for.
    private func loadAndWriteImage(file: StaticString = #filePath, line: UInt = #line) throws {
        let (loaded, statistics) = corpus.load()
        XCTAssertFalse(statistics.fromStoreImage, file: file, line: line)
        let open = try XCTUnwrap(loaded.storeImageSink, "a cached load asks for an image", file: file, line: line)
        let sink = try XCTUnwrap(open(), file: file, line: line)
        block.withUnsafeBytes { sink.append(field: 3, $0) }
        XCTAssertTrue(sink.finish(), file: file, line: line)
    }

    func testTheNextLoadReadsTheImageAndMakesRecordsOnlyWhenRead() throws {
        try loadAndWriteImage()
        let (warm, statistics) = corpus.load()
        XCTAssertTrue(statistics.fromStoreImage)
        XCTAssertNil(warm.storeImageSink, "an image in use is not written again")
        let image = try XCTUnwrap(warm.storeImage)
        XCTAssertEqual(image.rowCount, 10)
        XCTAssertEqual(image.block(3).map(Array.init), block)
        XCTAssertNil(image.block(4), "no such block")
        XCTAssertEqual(warm.recordCount, 10)
        XCTAssertFalse(warm.recordSource.isMade, "no record decoded at start")
        XCTAssertEqual(CacheTestCorpus.content(warm), CacheTestCorpus.content(corpus.loadWithoutCache()))
        XCTAssertTrue(warm.recordSource.isMade)
    }

    func testAChangedFileIsNotServedFromTheImage() throws {
        try loadAndWriteImage()
        let handle = try FileHandle(forWritingTo: corpus.files[4])
        handle.seekToEndOfFile()
        handle.write(Data("\n补充说明。\n".utf8))
        try handle.close()
        try CacheTestCorpus.age(corpus.files[4])
        let (loaded, statistics) = corpus.load()
        XCTAssertFalse(statistics.fromStoreImage)
        XCTAssertNil(loaded.storeImage)
        XCTAssertEqual(statistics.parsed, 1)
        XCTAssertNotNil(loaded.storeImageSink, "and a new image is asked for")
    }

    func testAFileChangedJustNowAsksForNoImage() throws {
        _ = corpus.load()
        try Data("政府信息公开工作年度报告\n".utf8).write(to: corpus.files[2])
        XCTAssertNil(corpus.load().corpus.storeImageSink, "a stamp this recent would not be trusted")
    }

    func testARemovedFileIsNotServedFromTheImage() throws {
        try loadAndWriteImage()
        try FileManager.default.removeItem(at: corpus.files[7])
        let (loaded, statistics) = corpus.load()
        XCTAssertFalse(statistics.fromStoreImage)
        XCTAssertEqual(loaded.recordCount, 9)
    }

    /// Each kind of damage: the image is not used (and is removed), the load is the cached one.
    private func assertNotTrusted(file: StaticString = #filePath, line: UInt = #line, _ damage: (inout Data) -> Void) throws {
        try loadAndWriteImage(file: file, line: line)
        var bytes = try Data(contentsOf: imageFile)
        damage(&bytes)
        try bytes.write(to: imageFile)
        let (loaded, statistics) = corpus.load()
        XCTAssertFalse(statistics.fromStoreImage, file: file, line: line)
        XCTAssertEqual(CacheTestCorpus.content(loaded), CacheTestCorpus.content(corpus.loadWithoutCache()), file: file, line: line)
        XCTAssertNotNil(loaded.storeImageSink, "rebuilt after this load", file: file, line: line)
    }

    func testAFlippedByteInTheDirectoryIsCaught() throws {
        try assertNotTrusted { bytes in bytes[bytes.count - 3] ^= 0x10 }
        XCTAssertFalse(FileManager.default.fileExists(atPath: imageFile.path), "a damaged image is removed")
    }

    func testATruncatedImageIsCaught() throws {
        try assertNotTrusted { bytes in bytes = bytes.prefix(bytes.count - 9) }
    }

    func testAnImageCutInsideItsHeaderIsCaught() throws {
        try assertNotTrusted { bytes in bytes = bytes.prefix(50) }
    }

    func testAnotherVersionIsNotUsed() throws {
        try assertNotTrusted { bytes in bytes[8] &+= 1 }
    }

    func testAnImageWrittenForAnotherCacheFileIsNotUsed() throws {
        try assertNotTrusted { bytes in bytes[40] ^= 0x01 }  // the parse cache's index checksum it was written with
    }

    func testAFlippedByteInABlockIsCaughtWhenTheBlockIsRead() throws {
        try loadAndWriteImage()
        var bytes = try Data(contentsOf: imageFile)
        bytes[StoreFile.headerSize + 5] ^= 0x01
        try bytes.write(to: imageFile)
        let (loaded, statistics) = corpus.load()
        XCTAssertTrue(statistics.fromStoreImage, "blocks are checked when first read, not at start")
        XCTAssertNil(loaded.storeImage?.block(3), "a damaged block is never returned")
        XCTAssertFalse(FileManager.default.fileExists(atPath: imageFile.path), "and the image is removed, to be rebuilt")
        XCTAssertFalse(corpus.load().statistics.fromStoreImage)
    }

    /// A writer killed mid-write (kill -9) leaves its temporary file, never the image's name: the old
    /// image stays in use, and the temporary is removed once its process is gone.
    func testAWriterKilledMidWriteLeavesTheOldImage() throws {
        try loadAndWriteImage()
        let before = try Data(contentsOf: imageFile)
        let (loaded, _) = corpus.load()
        XCTAssertNotNil(loaded.storeImage)
        // A second writer that never finishes and is never torn down, as if killed.
        let (fresh, _) = corpus.load()
        XCTAssertNil(fresh.storeImageSink)
        let header = StoreFile.Header(fingerprint: 1, key: 2, scanTime: 3, cacheIndexChecksum: 4, rowCount: 10, tablesAsImages: 0)
        let killed = try XCTUnwrap(StoreFileWriter(path: imageFile.path, header: header, skipped: []))
        [UInt8](repeating: 9, count: 1000).withUnsafeBytes { killed.append(field: 3, $0) }
        _ = Unmanaged.passRetained(killed)
        XCTAssertEqual(try Data(contentsOf: imageFile), before)
        XCTAssertTrue(corpus.load().statistics.fromStoreImage)
        // Its process gone: the temporary is removed by the next load.
        let temporary = imageFile.path + ".tmp.\(getpid())"
        let orphan = imageFile.path + ".tmp.999999999"
        try FileManager.default.moveItem(atPath: temporary, toPath: orphan)
        XCTAssertTrue(corpus.load().statistics.fromStoreImage)
        XCTAssertFalse(FileManager.default.fileExists(atPath: orphan))
    }
}
