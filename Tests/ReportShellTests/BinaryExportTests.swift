import Foundation
import ReportModel
import ReportSynth
import XCTest
@testable import ReportShell

/// `export … to '….sqlite' | '….parquet' | 'dir' partition by …`: every value of every field, read
/// back by other tools (Python's sqlite3, DuckDB, pyarrow), equals the CSV export's — nulls and
/// Chinese text included — for the bundled corpus and a generated one.
final class BinaryExportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `select` of every catalog field, in catalog order.
    static let everyField = "select " + FieldCatalog.standard.fields.map(\.name).joined(separator: ", ")

    func testTheBundledCorpusReadsBackValueForValue() throws {
        let shell = try SessionHarness(folder: folder)
        try exportAndReadBack(shell, expectRows: 5)
    }

    func testAGeneratedCorpusReadsBackValueForValue() throws {
        let reports = folder.appendingPathComponent("generated")
        try writeCorpus(count: 120, to: reports, seed: 16)
        let shell = try SessionHarness(folder: folder) { $0.paths = [reports.path] }
        try exportAndReadBack(shell, expectRows: 120)
    }

    /// The CSV of every field named one by one, against `export reports` (`select *`, every field)
    /// to SQLite, Parquet and a partitioned folder.
    private func exportAndReadBack(_ shell: SessionHarness, expectRows: Int) throws {
        XCTAssertEqual(shell.run("export \(BinaryExportTests.everyField) to '\(shell.path("all.csv"))'"), .success, shell.error)
        for name in ["all.sqlite", "all.parquet"] {
            XCTAssertEqual(shell.run("export reports to '\(shell.path(name))'"), .success, shell.error)
        }
        XCTAssertEqual(shell.run("export reports to '\(shell.path("by-year"))' partition by year, province"), .success, shell.error)
        let csv = shell.path("all.csv")
        let fields = FieldCatalog.standard.count
        var readings: [String] = []
        for (mode, file, extra) in [("sqlite", "all.sqlite", []), ("duckdb", "all.parquet", []), ("arrow", "all.parquet", []),
                                    ("duckdb", "by-year", ["--hive"]), ("arrow", "by-year", ["--hive"])] {
            let output = try PythonReaders.compare([mode, shell.path(file), csv, "reports"] + extra)
            XCTAssertTrue(output.hasPrefix("rows=\(expectRows) values=\(expectRows * fields) nulls="), "\(mode) \(file): \(output)")
            readings.append(output)
        }
        XCTAssertEqual(Set(readings).count, 1, "every reader reads the same values")
        XCTAssertFalse(readings[0].hasSuffix("nulls=0\n"), "the corpus has nulls, and they come back as nulls")
    }

    func testTheSourcesTableGivesTheSameLineAsSource() throws {
        let shell = try SessionHarness(folder: folder)
        let sample = ["agency", "year", "requests.new", "proactive.total", "review.total", "rate.granted"]
        XCTAssertEqual(shell.run("export reports to '\(shell.path("r.sqlite"))'"), .success, shell.error)
        XCTAssertEqual(shell.run("export select id, \(sample.joined(separator: ", ")) to '\(shell.path("s.sqlite"))'"), .success)
        let sources = try sqlite3(shell.path("s.sqlite"), "select id, field, file, ifnull(line, ''), origin from sources where field != 'id'")
        shell.clear()
        let withSources = "select id, " + sample.map { "source(\($0))" }.joined(separator: ", ")
        XCTAssertEqual(shell.run("\(withSources);"), .success)
        var expected: Set<String> = []
        let csvShell = try SessionHarness(folder: folder)
        csvShell.clear()
        XCTAssertEqual(csvShell.run("export \(withSources) to '\(shell.path("src.csv"))'"), .success)
        let lines = try String(contentsOfFile: shell.path("src.csv"), encoding: .utf8).split(separator: "\r\n").dropFirst()
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for (field, cell) in zip(sample, cells.dropFirst()) where !cell.isEmpty {
                // source() says `FILE:LINE (ORIGIN)`, or `FILE (ORIGIN)` for a value not read from one line.
                let origin = cell[cell.index(after: cell.lastIndex(of: "(")!)...].dropLast()
                let place = cell[..<cell.lastIndex(of: " ")!]
                let parts = place.split(separator: ":")
                expected.insert([cells[0], field, String(parts[0]), parts.count > 1 ? String(parts[1]) : "", String(origin)].joined(separator: "|"))
            }
        }
        XCTAssertGreaterThan(expected.count, 12, "the sample has values with lines")
        XCTAssertTrue(expected.contains { $0.hasPrefix("001_34dea689f8aa9d71|requests.new|001_34dea689f8aa9d71.txt|28|") }, "\(expected)")
        XCTAssertEqual(Set(sources), expected)
        let reportTables = try sqlite3(shell.path("r.sqlite"), "select name from sqlite_master where type = 'table' order by name")
        XCTAssertEqual(reportTables, ["reports", "sources", "warnings"])
        let warnings = try sqlite3(shell.path("r.sqlite"), "select message from warnings where id = '002_8805b726e6c8b84f'")
        XCTAssertTrue(warnings.contains("table 三 is an image; its figures are null"), "\(warnings)")
    }

    func testSQLiteColumnsAreTypedAndNamedAsInGongkai() throws {
        let shell = try SessionHarness(folder: folder)
        shell.clear()
        let path = shell.path("t.db")
        XCTAssertEqual(shell.run("create view shandong as select id, 机关, year, rate.granted, check.ok, requests.new as \"new\" where year = 2022"), .success)
        XCTAssertEqual(shell.run("export shandong to '\(path)'"), .success, shell.error)
        XCTAssertEqual(try sqlite3(path, "select sql from sqlite_master where name = 'shandong'"),
                       [#"CREATE TABLE "shandong" ("id" TEXT, "机关" TEXT, "year" INTEGER, "rate.granted" REAL, "check.ok" INTEGER, "new" INTEGER)"#])
        XCTAssertEqual(try sqlite3(path, #"select id, "机关", year, typeof("check.ok"), ifnull("check.ok", 'NULL') from shandong order by id"#), [
            "000_afc6a6d0ad89b90e|济宁市兖州区工业和信息化局|2022|null|NULL",
            "002_8805b726e6c8b84f|聊城市工业和信息化局|2022|null|NULL",
            "004_d751c33895197328||2022|integer|1",  // 004 names no publisher (issue 13): 机关 is null
        ])
        XCTAssertEqual(shell.error, "wrote 3 rows to \(path)\n")
    }

    func testAQueryIsTheTableResultAndDuplicateNamesAreNumbered() throws {
        let shell = try SessionHarness(folder: folder)
        let path = shell.path("q.sqlite")
        XCTAssertEqual(shell.run("export select year, year, count(*) group by year to '\(path)'"), .success, shell.error)
        XCTAssertEqual(try sqlite3(path, "select * from result order by year"), ["2021|2021|1", "2022|2022|3", "2023|2023|1"])
        XCTAssertEqual(try sqlite3(path, "select name from pragma_table_info('result')"), ["year", "year_2", "count(*)"])
        XCTAssertEqual(try sqlite3(path, "select count(*) from sqlite_master"), ["1"], "no id column: no sources table")
    }

    private func sqlite3(_ path: String, _ sql: String) throws -> [String] {
        let outcome = try PythonReaders.run("/usr/bin/env", ["sqlite3", path, sql])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        return outcome.output.split(separator: "\n").map(String.init)
    }
}
