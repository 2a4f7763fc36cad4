import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// Issue 17 item 1: the folder listing keeps names as bytes (`NameArena`), sorts them by memcmp and
/// hashes the image key from them in place; it must list, order and key the files as the load order and
/// the cache key's rule say (a file's stamp: inode, change time, size, modification time).
final class FolderListingTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TextFixtures.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ relative: String, _ text: String = "x") throws {
        let url = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func listing() throws -> FolderListing {
        try XCTUnwrap(DirectoryWalker.listing(under: directory.path) { DocumentReaderRegistry.standard.handles(utf8: $0) }).listing
    }

    /// The order is by bytes: names sharing their first 8 bytes, a name that is another's prefix, a
    /// subfolder's files between names that sort around "/", a byte over 0x7F last; hidden files,
    /// hidden folders and files no reader takes are not listed.
    func testFilesAreListedInByteOrderWithoutHiddenOrUnreadableOnes() throws {
        for name in ["reportsB.txt", "reports.txt", "reportsA.txt", "reports-1.txt", "reports/2.txt", "reports0.md",
                     "é.txt", "Z.txt", ".hidden.txt", ".folder/1.txt", "notes.csv", "sub/deeper/3.html"] {
            try write(name)
        }
        let listed = try listing()
        XCTAssertEqual((0..<listed.count).map(listed.relative(at:)),
                       ["Z.txt", "reports-1.txt", "reports.txt", "reports/2.txt", "reports0.md", "reportsA.txt",
                        "reportsB.txt", "sub/deeper/3.html", "é.txt"])
        XCTAssertFalse(listed.hasLinks)
        XCTAssertEqual(listed.files.map(\.path), (0..<listed.count).map { directory.path + "/" + listed.relative(at: $0) })
    }

    /// The arena's order against an independent one (arrays of bytes compared lexicographically) over
    /// random names drawn from few bytes, so long shared prefixes and prefixes of one another abound.
    func testTheArenaOrderIsTheBytesOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var arena = NameArena()
            var names: [[UInt8]] = []
            for _ in 0..<300 {
                let name = (0..<Int.random(in: 1...14, using: &generator)).map { _ in [0x61, 0x62, 0x2F, 0xC3, 0xA9][Int.random(in: 0..<5, using: &generator)] as UInt8 }
                names.append(name)
                var terminated = name.map { CChar(bitPattern: $0) } + [0]
                let start = arena.append(prefix: [], name: &terminated)
                arena.keep(from: start, isLink: false)
            }
            let order = arena.sortedOrder()
            XCTAssertEqual(order.map { names[$0] }, names.sorted { $0.lexicographicallyPrecedes($1) })
            XCTAssertEqual(order.map(arena.name), order.map { String(decoding: names[$0], as: UTF8.self) })
        }
    }

    /// The key hashed from the listing is the key of the same files made one by one (one layout), and
    /// it moves when any part of a file's stamp does — also for an edit that keeps the size and puts the
    /// modification time back (`touch -r`: the change time moves).
    func testTheKeyFromTheListingIsTheFilesKeyAndSeesAnEditThatRestoresTheTime() throws {
        try write("a.txt", "one")
        try write("b/c.txt", "two")
        let before = try listing()
        let key = StoreFile.key(paths: [directory.path], files: .folder(before), maxFileSize: 1 << 20)
        XCTAssertNotNil(key)
        XCTAssertEqual(key, StoreFile.key(paths: [directory.path], files: .files(before.files), maxFileSize: 1 << 20))
        XCTAssertNotEqual(key, StoreFile.key(paths: [directory.path], files: .folder(before), maxFileSize: 1 << 21))
        let path = directory.appendingPathComponent("b/c.txt").path
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("TWO".utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let after = try listing()
        XCTAssertEqual(after.stamps[1].size, before.stamps[1].size)
        XCTAssertEqual(after.stamps[1].modified, before.stamps[1].modified)
        XCTAssertNotEqual(StoreFile.key(paths: [directory.path], files: .folder(after), maxFileSize: 1 << 20), key)
    }

    /// A name whose bytes are not UTF-8 is listed and stamped (no trap), its `file` decoded with U+FFFD.
    func testANameThatIsNotUTF8IsListedWithoutATrap() throws {
        try write("a.txt")
        let raw: [UInt8] = Array(directory.path.utf8) + Array("/b".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        let listed = try listing()
        XCTAssertEqual((0..<listed.count).map(listed.relative(at:)), ["a.txt", "b\u{FFFD}.txt"])
        XCTAssertEqual(listed.stamps.count, 2)
    }
}
