import Foundation
import XCTest
@testable import FileAccess

final class AtomicFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testWritesAndReplacesWithoutLeavingATemporaryFile() throws {
        let path = folder.appendingPathComponent("a.txt").path
        XCTAssertNil(AtomicFile.write(Array("first, and longer\n".utf8), to: path))
        XCTAssertNil(AtomicFile.write(Array("second\n".utf8), to: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.txt"])
    }

    func testAMissingFolderIsAnErrorUnlessAskedToCreateIt() throws {
        let path = folder.appendingPathComponent("x/y/a.txt").path
        let error = AtomicFile.write([1], to: path)
        XCTAssertEqual(error?.description, "cannot create a file in \(folder.path)/x/y: No such file or directory")
        XCTAssertNil(AtomicFile.write([1], to: path, createDirectories: true))
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data([1]))
    }

    func testTheTemporaryFileIsHiddenBesideTheTarget() {
        let temporary = AtomicFile.temporaryPath(for: "/some/dir/views.sql")
        XCTAssertTrue(temporary.hasPrefix("/some/dir/.views.sql."), temporary)
        XCTAssertTrue(temporary.hasSuffix(".tmp"))
        XCTAssertNotEqual(temporary, AtomicFile.temporaryPath(for: "/some/dir/views.sql"))
    }

    /// Issue 12 item 13: a symbolic link is written through — its file replaced atomically, the link kept.
    func testALinkIsWrittenThroughAndStaysALink() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: false)
        let target = folder.appendingPathComponent("real/views.sql").path
        XCTAssertNil(AtomicFile.write(Array("old\n".utf8), to: target))
        let link = folder.appendingPathComponent("views.sql").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/views.sql")
        XCTAssertNil(AtomicFile.write(Array("new\n".utf8), to: link))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real/views.sql")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/real"), ["views.sql"])
    }
}
