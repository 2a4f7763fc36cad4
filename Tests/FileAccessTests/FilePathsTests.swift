import Foundation
import XCTest
@testable import FileAccess

final class FilePathsTests: XCTestCase {
    func testPathParts() {
        XCTAssertEqual(FilePaths.directory(of: "a/b/c.csv"), "a/b")
        XCTAssertEqual(FilePaths.directory(of: "c.csv"), ".")
        XCTAssertEqual(FilePaths.directory(of: "/c.csv"), "/")
        XCTAssertEqual(FilePaths.lastComponent(of: "a/b/c.csv"), "c.csv")
        XCTAssertEqual(FilePaths.join("/a/", "b"), "/a/b")
    }

    func testInsideMeansBelowNotJustAPrefix() {
        XCTAssertTrue(FilePaths.isInside("/data/corpus/x.csv", "/data/corpus"))
        XCTAssertTrue(FilePaths.isInside("/data/corpus", "/data/corpus"))
        XCTAssertFalse(FilePaths.isInside("/data/corpus2/x.csv", "/data/corpus"))
    }

    func testCanonicalResolvesDotsAndLinksOfTheExistingPart() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = try XCTUnwrap(realpath(folder.path, nil).map { String(cString: $0) })
        try FileManager.default.createDirectory(atPath: real + "/target", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: real + "/link", withDestinationPath: real + "/target")
        XCTAssertEqual(FilePaths.canonical(real + "/link/new/file.csv"), real + "/target/new/file.csv")
        XCTAssertEqual(FilePaths.canonical(real + "/target/../link/./f.csv"), real + "/target/f.csv")
    }
}
