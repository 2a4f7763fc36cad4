import Foundation
import XCTest
@testable import FileAccess

/// Issue 12 item 13: temporary files left by a kill -9 (7 after 220 kills) are removed at the next
/// start — only gongkai's own names, only when the process that wrote them is gone.
final class StaleTemporariesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testOnlyOurOwnStaleNamesAreRemoved() throws {
        let gone = try goneProcessID()
        XCTAssertTrue(StaleTemporaries.isGone(gone))
        let names = [
            ".views.sql.\(gone).1a2b3c.tmp",       // AtomicFile's, its writer gone: removed
            "corpus-00ff.cache.tmp.\(gone)",       // the parse cache's: removed
            "corpus-00ff.cache.tmp.\(gone).data",
            ".views.sql.\(getpid()).1a2b.tmp",     // this process's: kept
            ".views.sql.1.1a2b.tmp",               // a running process's (init): kept
            ".views.sql.\(gone).not-hex.tmp",      // not the pattern: kept
            ".other.sql.\(gone).1a2b.tmp",         // another file's: kept
            "views.sql.bak",
            "views.sql",
        ]
        for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let removedViews = StaleTemporaries.remove(besides: folder.appendingPathComponent("views.sql").path)
        XCTAssertEqual(removedViews, [".views.sql.\(gone).1a2b3c.tmp"])
        let removedCache = StaleTemporaries.remove(besides: folder.appendingPathComponent("corpus-00ff.cache").path)
        XCTAssertEqual(Set(removedCache), ["corpus-00ff.cache.tmp.\(gone)", "corpus-00ff.cache.tmp.\(gone).data"])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), Set(names.dropFirst(3)))
    }

    /// The temporary name AtomicFile makes is one the cleanup recognises.
    func testAtomicFilesTemporaryNamesMatchThePattern() {
        let name = FilePaths.lastComponent(of: AtomicFile.temporaryPath(for: "/x/views.sql"))
        XCTAssertEqual(StaleTemporaries.processID(inTemporary: name, of: "views.sql"), getpid())
    }
}
