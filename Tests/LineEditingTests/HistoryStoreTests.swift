import Foundation
import XCTest
@testable import LineEditing

final class HistoryStoreTests: XCTestCase {
    private var directory: TemporaryDirectory!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
    }

    override func tearDown() {
        directory.remove()
    }

    private func fileText(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func testMissingFileStartsEmptyAndAddCreatesIt() throws {
        let path = directory.file("history")
        var store = HistoryStore(path: path)
        XCTAssertEqual(store.entries, [])
        XCTAssertNil(store.loadError)
        XCTAssertNil(store.add("select agency"))
        XCTAssertEqual(try fileText(path), "select agency\n")
        XCTAssertEqual(HistoryStore(path: path).entries, ["select agency"])
    }

    func testConsecutiveDuplicatesAndBlankEntriesAreDropped() {
        let path = directory.file("history")
        var store = HistoryStore(path: path)
        for entry in ["a", "a", "b", "   ", "", "a", "a"] {
            store.add(entry)
        }
        XCTAssertEqual(store.entries, ["a", "b", "a"])
        XCTAssertEqual(HistoryStore(path: path).entries, ["a", "b", "a"])
    }

    func testLimitKeepsTheNewestEntries() {
        let path = directory.file("history")
        var store = HistoryStore(path: path, limit: 3)
        for number in 1...5 {
            store.add("select \(number)")
        }
        XCTAssertEqual(store.entries, ["select 3", "select 4", "select 5"])
        XCTAssertEqual(HistoryStore(path: path, limit: 3).entries, ["select 3", "select 4", "select 5"])
        XCTAssertEqual(HistoryStore(path: path, limit: 2).entries, ["select 4", "select 5"])
    }

    func testDefaultLimitIs2000() {
        var store = HistoryStore(path: nil)
        for number in 0..<2005 {
            store.add("q\(number)")
        }
        XCTAssertEqual(store.entries.count, 2000)
        XCTAssertEqual(store.entries.first, "q5")
        XCTAssertEqual(store.entries.last, "q2004")
    }

    func testMultiLineAndBackslashEntriesRoundTrip() throws {
        let path = directory.file("history")
        let entries = [
            "select agency,\n  year\nwhere requests.new > 0",
            #"select "a\nb" -- a backslash and n, not a newline"#,
            "ends with a backslash \\",
            "carriage\r\nreturn",
            "机关 名称",
        ]
        var store = HistoryStore(path: path)
        for entry in entries {
            XCTAssertNil(store.add(entry))
        }
        XCTAssertEqual(try fileText(path).split(separator: "\n").count, entries.count, "one line per entry")
        XCTAssertEqual(HistoryStore(path: path).entries, entries)
    }

    func testFailedWriteLeavesTheOldFileIntact() throws {
        let path = directory.file("history")
        var store = HistoryStore(path: path)
        store.add("first")
        let before = try fileText(path)
        // A file-size limit makes the write itself fail (EFBIG), for any user, root included.
        let long = "select " + String(repeating: "agency, ", count: 40)
        let error = withFileSizeLimit(100) { store.add(long) }

        XCTAssertEqual(error?.operation, "write")
        XCTAssertEqual(try fileText(path), before)
        XCTAssertEqual(store.entries, ["first", long], "kept in memory")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["history"],
                       "no temporary file is left")
        XCTAssertNil(store.add("third"))
        XCTAssertEqual(HistoryStore(path: path).entries, ["first", long, "third"])
    }

    private func withFileSizeLimit<T>(_ bytes: rlim_t, _ body: () -> T) -> T {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
        var saved = limit
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        limit.rlim_cur = bytes
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
        defer {
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
            signal(SIGXFSZ, previousHandler)
        }
        return body()
    }

    func testUnreadableFileIsNeverOverwritten() throws {
        let path = directory.file("history")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        var store = HistoryStore(path: path)
        XCTAssertNotNil(store.loadError)
        XCTAssertEqual(store.add("select 1"), store.loadError)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
    }

    func testMissingParentDirectoriesAreCreated() throws {
        let path = directory.file("state/gongkai/history")
        var store = HistoryStore(path: path)
        XCTAssertNil(store.add("select 1"))
        XCTAssertEqual(try fileText(path), "select 1\n")
    }

    func testNoTemporaryFileIsLeftBehind() throws {
        let path = directory.file("history")
        var store = HistoryStore(path: path)
        store.add("a")
        store.add("b")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["history"])
    }

    func testInMemoryStoreNeverTouchesDisk() {
        var store = HistoryStore(path: nil)
        XCTAssertNil(store.add("select 1"))
        XCTAssertEqual(store.entries, ["select 1"])
    }
}
