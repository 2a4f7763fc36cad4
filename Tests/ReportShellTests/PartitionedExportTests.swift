import Foundation
import XCTest
@testable import ReportShell

/// `export … to 'dir' partition by …`: the Hive layout, what it refuses, and `overwrite`.
final class PartitionedExportTests: XCTestCase {
    private var shell: SessionHarness!
    private let files = FileManager.default

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    /// Every file under `folder`, relative, sorted.
    private func tree(_ folder: String) -> [String] {
        (files.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { name in
                var isFolder: ObjCBool = false
                return files.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
            }.sorted()
    }

    func testTheFoldersAreNamedByTheValuesAndNullIsHivesDefault() throws {
        let out = shell.path("out")
        XCTAssertEqual(shell.run("export select id, year, county, requests.new to '\(out)' partition by 年度, county"), .success, shell.error)
        // By hand from the corpus: 2021 济宁市 (no county), 2022 兖州区 / 聊城市 (no county) / 004 (names no
        // publisher or place, issue 13: no county), 2023 市中区.
        XCTAssertEqual(tree(out), [
            "year=2021/county=__HIVE_DEFAULT_PARTITION__/part-0.parquet",
            "year=2022/county=__HIVE_DEFAULT_PARTITION__/part-0.parquet",
            "year=2022/county=兖州区/part-0.parquet",
            "year=2023/county=市中区/part-0.parquet",
        ])
        XCTAssertEqual(shell.error, "wrote 5 rows to \(out)\n")
        let entries = try files.contentsOfDirectory(atPath: shell.folder.path)
        XCTAssertFalse(entries.contains { $0.hasSuffix(".tmp") }, "no temporary folder is left: \(entries)")
    }

    func testTheFoldersReadBackAsOneDatasetWithThePartitionColumns() throws {
        let out = shell.path("ds")
        XCTAssertEqual(shell.run("export select id, agency, year, county to '\(out)' partition by year, county"), .success)
        XCTAssertEqual(shell.run("export select id, agency, year, county to '\(shell.path("ds.csv"))'"), .success)
        for mode in ["duckdb", "arrow"] {
            let output = try PythonReaders.compare([mode, out, shell.path("ds.csv"), "result", "--hive"])
            XCTAssertEqual(output, "rows=5 values=20 nulls=4\n", mode)  // county of 001, 002, 004; agency of 004
        }
    }

    func testANonEmptyFolderIsRefusedUnlessOverwriteIsGiven() throws {
        let out = shell.path("again")
        XCTAssertEqual(shell.run("export select id, year to '\(out)' partition by year"), .success)
        shell.clear()
        XCTAssertEqual(shell.run("export select id, year where year = 2022 to '\(out)' partition by year"), .failure)
        XCTAssertEqual(shell.error, "error: refusing to export to '\(out)': the folder exists and is not empty — add 'overwrite' to replace it, or choose a new folder\n")
        XCTAssertEqual(tree(out).count, 3, "the old export is untouched")
        XCTAssertEqual(shell.run("export select id, year where year = 2022 to '\(out)' partition by year overwrite"), .success, shell.error)
        XCTAssertEqual(tree(out), ["year=2022/part-0.parquet"])
        let entries = try files.contentsOfDirectory(atPath: shell.folder.path)
        XCTAssertFalse(entries.contains { $0.hasSuffix(".tmp") }, "the old folder is removed: \(entries)")
    }

    func testAnEmptyFolderIsFilled() throws {
        let out = shell.path("empty")
        try files.createDirectory(atPath: out, withIntermediateDirectories: false)
        XCTAssertEqual(shell.run("export select id, year to '\(out)' partition by year"), .success, shell.error)
        XCTAssertEqual(tree(out).count, 3)
    }

    func testOverwriteNeverDeletesAFolderOfOtherFiles() throws {
        let out = shell.path("mine")
        try files.createDirectory(atPath: out + "/year=2022", withIntermediateDirectories: true)
        try "notes".write(toFile: out + "/year=2022/notes.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.run("export select id, year to '\(out)' partition by year overwrite"), .failure)
        XCTAssertEqual(shell.error, "error: refusing to overwrite '\(out)': it holds 'year=2022/notes.txt', which a partitioned export does not write — overwrite replaces only an earlier partitioned export; choose a new folder\n")
        XCTAssertTrue(files.fileExists(atPath: out + "/year=2022/notes.txt"))
    }

    func testBadPartitionColumnsAreErrorsAtTheirName() throws {
        XCTAssertEqual(shell.run("export select id, year to '\(shell.path("x"))' partition by province"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: cannot partition by 'province': the result has no such column — partition by one of its columns: id, year\n"), shell.error)
        shell.clear()
        XCTAssertEqual(shell.run("export select year to '\(shell.path("x"))' partition by year"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: partitioning by every column leaves nothing for the files"), shell.error)
        shell.clear()
        XCTAssertEqual(shell.run("export select id, year to '\(shell.path("x"))' partition by year, 年度"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: 'year' is named twice in 'partition by'"), shell.error)
        XCTAssertFalse(files.fileExists(atPath: shell.path("x")))
    }

    func testAFileAtTheTargetIsRefused() throws {
        let out = shell.path("file")
        try "x".write(toFile: out, atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.run("export select id, year to '\(out)' partition by year overwrite"), .failure)
        XCTAssertEqual(shell.error, "error: cannot export to '\(out)': it is a regular file, and a partitioned export is a folder — name a new folder, or an earlier partitioned export with 'overwrite'\n")
    }

    func testASingleFileExportToAFolderIsRefused() throws {
        let out = shell.path("folder.parquet")
        try files.createDirectory(atPath: out, withIntermediateDirectories: false)
        XCTAssertEqual(shell.run("export reports to '\(out)'"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: refusing to export to '\(out)': it is a folder, not a regular file"), shell.error)
    }

    func testTheCorpusFolderItselfIsNeverATarget() throws {
        XCTAssertEqual(shell.run("export select id, year to '\(SessionHarness.corpus)' partition by year overwrite"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: refusing to export to '\(SessionHarness.corpus)': it is inside the corpus folder"), shell.error)
        XCTAssertEqual(try files.contentsOfDirectory(atPath: SessionHarness.corpus).count, 5)
    }
}
