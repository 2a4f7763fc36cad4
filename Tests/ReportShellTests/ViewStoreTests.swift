import Foundation
import ReportQuery
import XCTest
@testable import ReportShell

/// The views file: persistence between sessions, atomic rewrites, and a damaged file.
final class ViewStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func session(views: String = "views.sql") throws -> SessionHarness {
        let shell = try SessionHarness(viewsFile: views, folder: folder)
        return shell
    }

    private var viewsPath: String { folder.appendingPathComponent("views.sql").path }

    private func viewsFile() throws -> String {
        try String(contentsOfFile: viewsPath, encoding: .utf8)
    }

    func testViewsPersistFromOneSessionToTheNext() throws {
        let first = try session()
        XCTAssertEqual(first.run("create view recent as select id, agency, year where year >= 2022"), .success)
        XCTAssertEqual(first.run("create view 「最近 机关」 as select agency from recent"), .success)
        XCTAssertEqual(try viewsFile(), """
            -- gongkai views: one 'create view NAME as QUERY;' per view. gongkai rewrites this file after
            -- each create view and drop view; you may edit it (views are loaded when gongkai starts).

            create view recent as select id, agency, year where year >= 2022;

            create view `最近 机关` as select agency from recent;

            """)

        let second = try session()
        XCTAssertFalse(second.error.contains("error"), second.error)
        XCTAssertEqual(second.session.database.views["最近 机关"], "select agency from recent")
        second.clear()
        XCTAssertEqual(second.run("select count(*) as n from `最近 机关`"), .success)
        XCTAssertTrue(second.standard.contains("| 4 |"), second.standard)

        XCTAssertEqual(second.run("drop view `最近 机关`"), .success)
        let third = try session()
        XCTAssertEqual(third.session.database.views, ["recent": "select id, agency, year where year >= 2022"])
    }

    /// Issue 12 item 13: a views file kept elsewhere (dotfiles) through a link stays a link.
    func testASymlinkedViewsFileStaysALink() throws {
        let real = folder.appendingPathComponent("dotfiles/views.sql").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("dotfiles").path, withIntermediateDirectories: true)
        try "create view old as select id;\n".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: viewsPath, withDestinationPath: real)
        let shell = try session()
        XCTAssertEqual(shell.run("create view added as select agency"), .success, shell.error)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: viewsPath), real)
        let saved = try String(contentsOfFile: real, encoding: .utf8)
        XCTAssertTrue(saved.contains("create view added as select agency;"), saved)
        XCTAssertTrue(saved.contains("create view old as select id;"), saved)
    }

    /// Issue 12 item 13: a temporary views file left by a killed gongkai is removed at the next start.
    func testAStaleTemporaryViewsFileIsRemovedAtStart() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let stale = folder.appendingPathComponent(".views.sql.\(process.processIdentifier).5eed.tmp").path
        let running = folder.appendingPathComponent(".views.sql.1.5eed.tmp").path
        for path in [stale, running] { try "create view half".write(toFile: path, atomically: false, encoding: .utf8) }
        _ = try session()
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: running), "process 1 is running: its file is not ours to remove")
    }

    func testTheFolderIsCreatedWhenMissing() throws {
        let shell = try session(views: "config/gongkai/views.sql")
        XCTAssertEqual(shell.run("create view v as select id"), .success)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("config/gongkai/views.sql").path))
    }

    func testAFailedWriteReportsAnErrorAndLeavesTheOldFileWhole() throws {
        let shell = try session()
        XCTAssertEqual(shell.run("create view kept as select id"), .success)
        let before = try viewsFile()
        shell.clear()
        // A file-size limit makes the write itself fail (EFBIG), for any user, root included.
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
        let saved = limit
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        limit.rlim_cur = 100
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
        let status = shell.run("create view lost as select agency, year, requests.new where year > 2000")
        var restore = saved
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &restore)
        signal(SIGXFSZ, previousHandler)

        XCTAssertEqual(status, .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: views not saved: cannot write "), shell.error)
        XCTAssertTrue(shell.error.contains("File too large — the view lasts for this session only; \(viewsPath) is unchanged"), shell.error)
        XCTAssertEqual(try viewsFile(), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["views.sql"], "no temporary file is left")
        XCTAssertNotNil(shell.session.database.views["lost"], "the view still works in this session")
    }

    func testAnUnwritableFolderReportsAnErrorAndLeavesTheOldFileWhole() throws {
        try XCTSkipIf(getuid() == 0, "root writes into read-only folders; the file-size test covers failures")
        let shell = try session()
        XCTAssertEqual(shell.run("create view kept as select id"), .success)
        let before = try viewsFile()
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        XCTAssertEqual(shell.run("create view lost as select agency"), .failure)
        XCTAssertTrue(shell.error.contains("views not saved: cannot create a file in"), shell.error)
        XCTAssertEqual(try viewsFile(), before)
    }

    func testADamagedFileIsReportedByLineAndTheGoodViewsStillLoad() throws {
        try """
            -- my views
            create view good as select id, year;
            create view bad as select agency, yeer;
            this is not a view;
            create view uses_bad as
              select agency from bad;
            create view also_good as select year from good where year > 2021;

            """.write(toFile: viewsPath, atomically: true, encoding: .utf8)
        let shell = try session()
        XCTAssertEqual(shell.session.database.views.keys.sorted(), ["also_good", "good"])
        XCTAssertTrue(shell.error.contains("""
            \(viewsPath):3:35: error: unknown field 'yeer' — did you mean 'year'?
              select agency, yeer
                             ^~~~
            gongkai: view 'bad' was not loaded; it stays in \(viewsPath) until fixed there
            """), shell.error)
        XCTAssertTrue(shell.error.contains("\(viewsPath):4:1: error: not a view definition"), shell.error)
        // The same message whatever the names' order: the view it reads is named, with why it failed.
        XCTAssertTrue(shell.error.contains("\(viewsPath):6:22: error: view 'bad' is invalid: unknown field 'yeer'"), shell.error)

        // The next save keeps what did not load, so the file can still be fixed by hand.
        XCTAssertEqual(shell.run("drop view also_good"), .success)
        let saved = try viewsFile()
        XCTAssertTrue(saved.contains("create view good as select id, year;"))
        XCTAssertFalse(saved.contains("also_good"))
        XCTAssertTrue(saved.contains("create view bad as select agency, yeer;"))
        XCTAssertTrue(saved.contains("create view uses_bad as\n  select agency from bad;"))
        XCTAssertTrue(saved.contains("this is not a view;"))
    }

    func testReadingAViewStatement() {
        let items = ReportQuery.StatementSplitter.split("\n  CREATE OR REPLACE VIEW 「a b」 AS\n    select 1")
        let definition = ViewStatementReader.read(items[0])
        XCTAssertEqual(definition?.name, "a b")
        XCTAssertEqual(definition?.query, "select 1")
        XCTAssertEqual(definition?.line, 3)
        XCTAssertEqual(definition?.column, 5)
        XCTAssertNil(ViewStatementReader.read(ReportQuery.StatementSplitter.split("create view as select 1")[0]))
    }

    func testViewNamesAreQuotedOnlyWhenNeeded() {
        XCTAssertEqual(ViewStatementReader.spelling(of: "recent_2022"), "recent_2022")
        XCTAssertEqual(ViewStatementReader.spelling(of: "县级"), "县级")
        XCTAssertEqual(ViewStatementReader.spelling(of: "order"), "`order`")
        XCTAssertEqual(ViewStatementReader.spelling(of: "2022 reports"), "`2022 reports`")
        XCTAssertEqual(ViewStatementReader.spelling(of: "a`b"), "「a`b」")
    }

    func testTheDefaultLocationFollowsXDG() {
        XCTAssertEqual(ViewsLocation.path(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]), "/c/gongkai/views.sql")
        XCTAssertEqual(ViewsLocation.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]),
                       "/h/.config/gongkai/views.sql")
        XCTAssertEqual(ViewsLocation.path(environment: ["HOME": "/h/"]), "/h/.config/gongkai/views.sql")
        XCTAssertNil(ViewsLocation.path(environment: [:]))
    }

    /// A temporary view lives in its session only: never written to the views file, gone in the next
    /// session; the saved views around it are written as before.
    func testTemporaryViewsAreNotWrittenToTheViewsFile() throws {
        let first = try session()
        XCTAssertEqual(first.run("create temp view t as select id, year; create view kept as select agency;"), .success)
        XCTAssertEqual(first.run("select count(*) from t"), .success)
        let file = try viewsFile()
        XCTAssertTrue(file.contains("create view kept as select agency;"), file)
        XCTAssertFalse(file.contains("select id, year"), file)
        let second = try session()
        XCTAssertEqual(Set(second.session.database.views.keys), ["kept"])
        XCTAssertEqual(second.run("create view if not exists kept as select year; drop view if exists t;"), .success)
        XCTAssertEqual(second.session.database.views["kept"], "select agency")
    }
}
