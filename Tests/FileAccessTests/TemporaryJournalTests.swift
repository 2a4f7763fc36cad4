import Foundation
import XCTest
@testable import FileAccess

/// Issue 12's gap: the temporary files a `kill -9` leaves beside an export's target — a folder the
/// next start does not know — are recorded in a journal while they are written and removed at a
/// later start, only gongkai's own names, only when their process is gone.
final class TemporaryJournalTests: XCTestCase {
    private var folder: URL!
    private var journal: TemporaryJournal!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        journal = TemporaryJournal(folder: folder.appendingPathComponent("state/gongkai/exports").path)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: journal.folder).sorted()
    }

    /// Writes a journal entry by hand, as `record` would for process `pid`.
    private func plant(_ temporary: String, key: String) throws {
        try FileManager.default.createDirectory(atPath: journal.folder, withIntermediateDirectories: true)
        try temporary.write(toFile: journal.folder + "/" + key, atomically: false, encoding: .utf8)
    }

    func testLocationFollowsXDGStateHomeElseHome() {
        XCTAssertEqual(TemporaryJournal.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.folder, "/s/gongkai/exports")
        XCTAssertEqual(TemporaryJournal.location(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])?.folder,
                       "/h/.local/state/gongkai/exports")
        XCTAssertNil(TemporaryJournal.location(environment: [:]))
    }

    func testAnAtomicWriteIsRecordedWhileItWritesAndForgottenAfter() throws {
        let target = folder.appendingPathComponent("out.csv").path
        var seen: [String] = []
        let error = AtomicFile.write(to: target, journal: journal) { temporary in
            seen = (try? self.entries()) ?? []
            let contents = try? String(contentsOfFile: self.journal.folder + "/" + (seen.first ?? ""), encoding: .utf8)
            XCTAssertEqual(contents, temporary)
            return FileManager.default.createFile(atPath: temporary, contents: Data("a\n".utf8)) ? nil : FileError(path: temporary, operation: "create", code: 0)
        }
        XCTAssertNil(error)
        XCTAssertEqual(seen.count, 1)
        XCTAssertEqual(seen.first.flatMap(TemporaryJournal.processID(inKey:)), getpid())
        XCTAssertEqual(try entries(), [], "the entry goes with the rename")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "a\n")
        // A failed write forgets its entry too.
        _ = AtomicFile.write(to: target, journal: journal) { FileError(path: $0, operation: "write", code: 5) }
        XCTAssertEqual(try entries(), [])
    }

    func testStaleTemporariesOfGoneProcessesAreRemovedOthersKept() throws {
        let gone = try goneProcessID()
        let exports = folder.appendingPathComponent("anywhere")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        func make(_ name: String, folder isFolder: Bool = false) throws -> String {
            let path = exports.appendingPathComponent(name).path
            if isFolder {
                try FileManager.default.createDirectory(atPath: path + "/year=2022", withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: path + "/year=2022/part-0.parquet", contents: Data("x".utf8))
            } else {
                FileManager.default.createFile(atPath: path, contents: Data("partial".utf8))
            }
            return path
        }
        let staleFile = try make(".out.sqlite.\(gone).1a2b.tmp")
        let staleFolder = try make(".by-year.\(gone).ff.tmp", folder: true)
        let live = try make(".out.parquet.\(getpid()).3c.tmp")
        let mismatched = try make(".report.txt.\(gone).99.tmp")   // the entry names another key: kept
        let notOurs = try make("report.txt")                       // not a temporary name: kept
        try plant(staleFile, key: "\(gone).1a2b")
        try plant(staleFolder, key: "\(gone).ff")
        try plant(live, key: "\(getpid()).3c")
        try plant(mismatched, key: "\(gone).98")
        try plant(notOurs, key: "\(gone).97")
        try plant("relative/.x.\(gone).96.tmp", key: "\(gone).96")
        try plant("", key: "\(gone).95")
        try plant("x", key: "not-an-entry")

        let removed = journal.removeStale()
        XCTAssertEqual(Set(removed), [staleFile, staleFolder])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: exports.path))
        XCTAssertEqual(left, [".out.parquet.\(getpid()).3c.tmp", ".report.txt.\(gone).99.tmp", "report.txt"])
        XCTAssertEqual(try entries(), ["\(getpid()).3c", "not-an-entry"], "the live process's entry and a stranger stay")
    }

    func testALinkAtTheTemporaryNameIsRemovedNotFollowed() throws {
        let gone = try goneProcessID()
        let precious = folder.appendingPathComponent("precious").path
        FileManager.default.createFile(atPath: precious, contents: Data("keep".utf8))
        let link = folder.appendingPathComponent(".out.csv.\(gone).ab.tmp").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: precious)
        try plant(link, key: "\(gone).ab")
        XCTAssertEqual(journal.removeStale(), [link])
        XCTAssertEqual(try String(contentsOfFile: precious, encoding: .utf8), "keep")
        XCTAssertNil(try? FileManager.default.destinationOfSymbolicLink(atPath: link))
    }
}
