import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// Issue 12 items 11 and 12: what a folder holds that cannot be loaded is named once with its real
/// reason (it was skipped silently, or a FIFO given directly was "permission denied"), nothing
/// blocks, and a load where not one path given could be read says so.
final class LoadProblemTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TextFixtures.temporaryDirectory()
        try Data(try TextFixtures.text("000").utf8).write(to: directory.appendingPathComponent("000.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
    }

    private func messages(_ corpus: Corpus) -> [String: [String]] {
        Dictionary(grouping: corpus.diagnostics, by: \.file).mapValues { $0.map(\.message) }
    }

    func testEachEntryThatCannotBeLoadedIsNamedWithItsReason() throws {
        XCTAssertEqual(mkfifo(path("pipe.txt"), 0o644), 0)
        try link("zero.txt", to: "/dev/zero")
        try link("self.txt", to: "self.txt")
        try link("a.txt", to: "b.txt")
        try link("b.txt", to: "a.txt")
        try link("broken.txt", to: "missing.txt")
        try link("up", to: "..")
        try FileManager.default.createDirectory(atPath: path("folder.txt"), withIntermediateDirectories: false)
        try link("folder-link.md", to: "folder.txt")

        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(cache: .off))
        XCTAssertEqual(corpus.records.map(\.file), ["000.txt"])
        XCTAssertEqual(messages(corpus), [
            "pipe.txt": ["not a regular file (a FIFO (named pipe)); skipped"],
            "zero.txt": ["not a regular file (a character device); skipped"],
            "self.txt": ["a cycle of symbolic links"],
            "a.txt": ["a cycle of symbolic links"],
            "b.txt": ["a cycle of symbolic links"],
            "broken.txt": ["a broken symbolic link (its target does not exist)"],
            "up": ["a symbolic link to a folder; not followed (load the folder itself to read it)"],
            "folder-link.md": ["not a regular file (a folder); skipped"],
        ], "\(corpus.diagnostics)")
        XCTAssertEqual(corpus.diagnostics.first { $0.file == "up" }?.severity, .warning)
        XCTAssertFalse(corpus.nothingReadable)
    }

    /// A FIFO or a device given directly: named with what it is, never opened (opening a FIFO for
    /// reading waits for a writer; this test would hang).
    func testAFIFOOrDeviceGivenDirectlyIsNamedAndNeverOpened() throws {
        XCTAssertEqual(mkfifo(path("pipe.txt"), 0o644), 0)
        let corpus = CorpusLoader.load(paths: [path("pipe.txt"), "/dev/zero"], options: LoadOptions(cache: .off))
        XCTAssertEqual(corpus.diagnostics, [
            LoadDiagnostic(file: path("pipe.txt"), message: "not a regular file (a FIFO (named pipe)); skipped"),
            LoadDiagnostic(file: "/dev/zero", message: "not a regular file (a character device); skipped"),
        ])
        XCTAssertTrue(corpus.nothingReadable)
    }

    /// A file replaced by a FIFO after it was listed is not read either (`RegularFileRead`).
    func testReadingAFIFONeverBlocks() throws {
        XCTAssertEqual(mkfifo(path("late.txt"), 0o644), 0)
        guard case .failure(let problem) = RegularFileRead.bytes(of: path("late.txt"), limit: 1 << 20) else {
            return XCTFail("a FIFO was read")
        }
        XCTAssertEqual(problem.message, "not a regular file (a FIFO (named pipe)); skipped")
    }

    func testAFolderThatCannotBeOpenedIsNamed() throws {
        try FileManager.default.createDirectory(atPath: path("locked"), withIntermediateDirectories: false)
        try Data(try TextFixtures.text("001").utf8).write(to: directory.appendingPathComponent("locked/001.txt"))
        XCTAssertEqual(chmod(path("locked"), 0), 0)
        defer { chmod(path("locked"), 0o755) }
        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(cache: .off))
        if getuid() == 0 {
            XCTAssertEqual(corpus.records.count, 2, "root opens any folder")
        } else {
            XCTAssertEqual(corpus.records.map(\.file), ["000.txt"])
            XCTAssertEqual(messages(corpus), ["locked/": ["cannot open the folder: permission denied"]])
        }
    }

    func testNothingReadableOnlyWhenNoPathGivenCouldBeRead() {
        let missing = path("no-such-folder")
        let none = CorpusLoader.load(paths: [missing], options: LoadOptions(cache: .off))
        XCTAssertTrue(none.nothingReadable)
        XCTAssertEqual(none.unreadablePaths, [missing])
        let some = CorpusLoader.load(paths: [missing, directory.path], options: LoadOptions(cache: .off))
        XCTAssertFalse(some.nothingReadable)
        XCTAssertEqual(some.records.count, 1)
        XCTAssertEqual(some.diagnostics, [LoadDiagnostic(file: missing, message: "no such file or directory")])
        XCTAssertFalse(CorpusLoader.load(paths: [], options: LoadOptions(cache: .off)).nothingReadable)
    }

    /// A subfolder the walk cannot open is named with the system's reason. Tests run as root here,
    /// where a mode of 000 does not stop `openat`; a limit on open files does, for anyone: the folder
    /// given opens (the last descriptor allowed), its subfolder cannot.
    func testASubfolderThatCannotBeOpenedIsNamedWithTheReason() throws {
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        try Data(try TextFixtures.text("001").utf8).write(to: directory.appendingPathComponent("sub/001.txt"))
        // The two lowest free descriptors: the folder given will get the first; the limit forbids the second.
        let first = dup(0), second = dup(0)
        close(first)
        close(second)
        XCTAssertLessThan(first, second)
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &saved)
        var limit = saved
        limit.rlim_cur = rlim_t(second)
        setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let listed = DirectoryWalker.listing(under: directory.path) { String(decoding: $0, as: UTF8.self).hasSuffix(".txt") }
        setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &saved)
        let (listing, problems) = try XCTUnwrap(listed)
        XCTAssertEqual(listing.files.map(\.file), ["000.txt"])
        XCTAssertEqual(problems, [LoadDiagnostic(file: "sub/", message: "cannot open the folder: too many open files")])
    }
}
