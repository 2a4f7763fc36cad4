import Foundation
import XCTest

/// `export reports to 'x.sqlite'` writes a `sources` row for every field of every report (~250 a
/// generated report); held as values they took 10.4 GB at 100,000 reports (~78 KB a report, 31 MB at
/// 400). They are streamed now (`ProvenanceTables`), so the SQLite export's peak stays within a few
/// megabytes of the CSV export's — the same result, no provenance — at any size.
///
/// Peaks through GNU time (`/usr/bin/time -f %M`, which forks gongkai itself: a child this test
/// spawned directly would report the test process's own high-water mark).
final class SQLiteExportMemoryTests: XCTestCase {
    static let reports = 600
    /// The SQLite export's allowance over the CSV export's peak: SQLite's page cache (2 MB), its
    /// library, one batch of provenance rows. Holding them all would be ~47 MB at 600 reports.
    static let allowanceKB = 16 * 1024

    func testTheSQLiteExportsPeakStaysNearTheCSVExportsPeak() throws {
        let time = "/usr/bin/time"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: time), "needs GNU time")
        let binary = try XCTUnwrap(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-sqlite-peak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("gen").path
        let environment = GongkaiBinary.environment(home: folder.path)
        let generated = try GongkaiProcess.run(["generate", "\(Self.reports)", corpus, "--seed", "3"], environment: environment, timeout: 300)
        XCTAssertEqual(generated.status, 0, generated.error)
        let warm = try GongkaiProcess.run([corpus, "-q", "-c", "select count(*)"], environment: environment, timeout: 600)
        XCTAssertEqual(warm.status, 0, warm.error)

        func peakKB(_ file: String) throws -> Int {
            let report = folder.appendingPathComponent("peak-\(file).txt").path
            let target = folder.appendingPathComponent(file).path
            _ = try GongkaiProcess.runTool(time, ["-f", "%M", "-o", report, binary, corpus, "-q", "-c",
                                                  "export reports to '\(target)'"], environment: environment)
            XCTAssertTrue(FileManager.default.fileExists(atPath: target), "\(file) written")
            return try XCTUnwrap(Int(String(contentsOfFile: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let csv = try peakKB("all.csv")
        let sqlite = try peakKB("all.sqlite")
        let counts = try GongkaiProcess.runTool("/usr/bin/sqlite3", [folder.appendingPathComponent("all.sqlite").path,
                                                                     "select count(*) from reports; select count(*) from sources"])
        let numbers = counts.split(whereSeparator: \.isNewline).compactMap { Int($0) }
        XCTAssertEqual(numbers.first, Self.reports, counts)
        let rows = numbers.last ?? 0
        XCTAssertGreaterThan(rows, Self.reports * 100, "every report's fields have sources rows")
        XCTAssertLessThan(sqlite - csv, Self.allowanceKB, "peak \(sqlite) KB for SQLite against \(csv) KB for CSV, \(rows) sources rows")
    }
}
