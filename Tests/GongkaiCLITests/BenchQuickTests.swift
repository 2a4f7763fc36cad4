import Foundation
import XCTest

/// The benchmark harness end to end, small (`gongkai-bench --quick` on corpora of 60 and 120
/// generated reports, one run a statement), and the `GONGKAI_PHASES` marks it reads from gongkai.
/// The end-to-end run is about 7 s of CPU (mostly the children it spawns and DuckDB's Python start);
/// on the shared machine under load 20 it took 22 s of wall time.
final class BenchQuickTests: XCTestCase {
    func testPhaseMarksAreInOrderAndOnlyWhenAsked() throws {
        let home = NSTemporaryDirectory() + "/gongkai-phases-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = GongkaiBinary.environment(home: home)
        let plain = try GongkaiProcess.run([GongkaiBinary.corpus, "-q", "-c", "select count(*)"], environment: environment)
        XCTAssertEqual(plain.status, 0)
        XCTAssertFalse(plain.error.contains("gongkai-phases"), plain.error)
        environment["GONGKAI_PHASES"] = "1"
        let traced = try GongkaiProcess.run([GongkaiBinary.corpus, "-q", "-c", "select count(*)", "-c", "select 1"], environment: environment)
        XCTAssertEqual(traced.status, 0)
        XCTAssertTrue(traced.output.hasPrefix(plain.output), "the first statement's output is unchanged")
        XCTAssertFalse(traced.output.contains("gongkai-phases"), "the marks go to standard error only")
        let line = try XCTUnwrap(traced.error.split(separator: "\n").first { $0.hasPrefix("gongkai-phases ") })
        let marks = line.split(separator: " ").dropFirst().map { $0.split(separator: "=") }
        XCTAssertEqual(marks.map { String($0[0]) }, ["start", "loaded", "ready", "statement"])
        let values = marks.map { $0[1].split(separator: ",").map { UInt64($0)! } }
        for (earlier, later) in zip(values, values.dropFirst()) {
            XCTAssertLessThanOrEqual(earlier[0], later[0], "wall clock goes forward")
            XCTAssertLessThanOrEqual(earlier[1], later[1], "CPU time goes forward")
        }
    }

    func testQuickBenchRunsEndToEndAndTheEnginesAgree() throws {
        guard let gongkai = GongkaiBinary.path() else { throw XCTSkip("no gongkai binary") }
        let bench = URL(fileURLWithPath: gongkai).deletingLastPathComponent().appendingPathComponent("gongkai-bench").path
        guard FileManager.default.isExecutableFile(atPath: bench) else { throw XCTSkip("no gongkai-bench binary beside \(gongkai)") }
        let package = URL(fileURLWithPath: GongkaiBinary.corpus).deletingLastPathComponent().path
        let directory = NSTemporaryDirectory() + "/gongkai-bench-quick-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bench)
        process.arguments = [directory, "--quick", "--sizes", "60,120", "--runs", "1", "--gongkai", gongkai,
                             "--python", package + "/.build/python/bin/python", "--duckdb-script", package + "/scripts/bench-duckdb.py"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        let statementRows = text.split(separator: "\n").filter { line in
            ["selective filter", "self-join on agency and year", "window rank per province", "prev() / left self-join"]
                .contains { line.hasPrefix("| \($0) |") }
        }
        // The four on the large corpus, the three cross-report ones again on the panel corpus (panel-120).
        XCTAssertEqual(statementRows.count, 7, text)
        let duckdb = FileManager.default.isExecutableFile(atPath: package + "/.build/python/bin/python")
        for row in statementRows {
            XCTAssertTrue(row.hasSuffix(duckdb ? "| yes (all three) |" : "| yes (SQLite) |"), String(row))
        }
        for target in ["warm one-shot at 120 < 0.15 s", "cold parse ≥ 25 MB per CPU-second", "panel checks ≤ 10 % of a warm start",
                       "prev() / left self-join on panel-120 ≤ DuckDB"] {
            XCTAssertTrue(text.contains("| \(target)"), "target row \(target) missing:\n\(text)")
        }
        XCTAssertTrue(text.contains("Load average (1, 5, 15 min) before the run:"), text)
        XCTAssertTrue(text.contains("| panel-120 | through the parse cache, without the image |"), text)
        let marker = try String(contentsOfFile: directory + "/panel-120/.gongkai-bench", encoding: .utf8)
        XCTAssertEqual(marker, "count=120 seed=1 panel\n")
    }
}
