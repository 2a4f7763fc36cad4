import Foundation
import ReportModel
import XCTest
@testable import ReportShell

/// `gongkai records --format … --output … --sources` (`Session.writeRecords`).
final class RecordsExportTests: XCTestCase {
    private var shell: SessionHarness!

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    func testJSONLinesOnStandardOutputByDefaultWithEveryField() throws {
        XCTAssertEqual(shell.session.writeRecords(format: nil, output: nil, sources: false), .success)
        let lines = shell.standard.split(separator: "\n")
        XCTAssertEqual(lines.count, 5)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual(first.count, FieldCatalog.standard.count)
        XCTAssertEqual(first["id"] as? String, "001_34dea689f8aa9d71")
        XCTAssertTrue(first["county"] is NSNull, "a city body: no county, null")
        XCTAssertEqual(first["dept"] as? String, "工业和信息化局")
    }

    func testSourcesFollowEachFieldWithItsFileAndLine() throws {
        XCTAssertEqual(shell.session.writeRecords(format: "csv", output: nil, sources: true), .success)
        let rows = shell.standard.components(separatedBy: "\r\n")
        let header = rows[0].split(separator: ",").map(String.init)
        XCTAssertEqual(header.count, 2 * FieldCatalog.standard.count)
        let column = try XCTUnwrap(header.firstIndex(of: "source(requests.new.total)"))
        XCTAssertEqual(header[column - 1], "requests.new.total")
        // Report 001 states 本年新收 in its section 五 sentence on line 28 (checked by hand).
        XCTAssertTrue(rows[2].contains(",001_34dea689f8aa9d71.txt:28 (narrative),"), rows[2])
    }

    func testParquetAndSQLiteFilesReadBackLikeTheCSV() throws {
        for (format, name) in [("csv", "r.csv"), (nil, "r.parquet"), ("sqlite", "r.data")] {
            XCTAssertEqual(shell.session.writeRecords(format: format, output: shell.path(name), sources: false), .success, shell.error)
        }
        XCTAssertTrue(shell.error.hasSuffix("wrote 5 records to \(shell.path("r.data"))\n"), shell.error)
        let values = 5 * FieldCatalog.standard.count
        for (mode, name, table) in [("arrow", "r.parquet", ""), ("duckdb", "r.parquet", ""), ("sqlite", "r.data", "reports")] {
            let output = try PythonReaders.compare([mode, shell.path(name), shell.path("r.csv"), table])
            XCTAssertTrue(output.hasPrefix("rows=5 values=\(values) "), "\(mode): \(output)")
        }
        let outcome = try PythonReaders.run("/usr/bin/env", ["sqlite3", shell.path("r.data"), ".tables"])
        XCTAssertEqual(outcome.output.split(whereSeparator: \.isWhitespace), ["reports"], "no provenance tables without --sources")
    }

    func testSQLiteWithSourcesHasTheProvenanceTables() throws {
        XCTAssertEqual(shell.session.writeRecords(format: nil, output: shell.path("s.sqlite"), sources: true), .success, shell.error)
        let outcome = try PythonReaders.run("/usr/bin/env", ["sqlite3", shell.path("s.sqlite"),
            "select line from sources where id = '001_34dea689f8aa9d71' and field = 'requests.new.total'"])
        XCTAssertEqual(outcome.output, "28\n")
    }

    func testBinaryFormatsNeedAFileAndUnknownFormatsAreRefused() {
        XCTAssertEqual(shell.session.writeRecords(format: "parquet", output: nil, sources: false), .usage)
        XCTAssertEqual(shell.error, "error: parquet needs a file — add --output PATH\n")
        shell.clear()
        XCTAssertEqual(shell.session.writeRecords(format: "xml", output: nil, sources: false), .usage)
        XCTAssertEqual(shell.error, "error: unknown records format 'xml' — one of jsonl, csv, parquet, sqlite\n")
        shell.clear()
        XCTAssertEqual(shell.session.writeRecords(format: nil, output: shell.path("x.out"), sources: false), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: cannot export to '\(shell.path("x.out"))': unknown extension '.out'"), shell.error)
    }
}
