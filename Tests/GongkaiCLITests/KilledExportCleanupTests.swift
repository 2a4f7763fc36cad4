import Foundation
import XCTest

/// Issue 16's acceptance and issue 12's gap, with a real `gongkai` and a real `kill -9`: a large
/// export of a generated corpus killed while it writes never leaves a partial file at the target's
/// name, and the hidden temporary it does leave — in a folder the next start knows nothing of — is
/// removed by the next start (through the journal in `$HOME/.local/state/gongkai/exports`).
final class KilledExportCleanupTests: XCTestCase {
    static let reports = 200

    func testKilledExportsLeaveNoPartialFileAndTheNextStartRemovesTheirTemporaries() throws {
        let binary = try XCTUnwrap(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-killed-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("gen").path
        let exports = folder.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = GongkaiBinary.environment(home: folder.path)
        let generated = try GongkaiProcess.run(["generate", "\(Self.reports)", corpus, "--seed", "12"], environment: environment, timeout: 120)
        XCTAssertEqual(generated.status, 0, generated.error)
        // Several megabytes a file: every report's text three times over, with figures and names.
        let columns = "id, agency, province, year, requests.new, requests.granted, text, text, text"
        let script = (0..<200).map { k in
            "export select \(columns) to '\(exports.path)/out.\(k % 2 == 0 ? "sqlite" : "parquet")';"
        }.joined(separator: "\n")
        let scriptPath = folder.appendingPathComponent("exports.sql").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let journal = folder.appendingPathComponent(".local/state/gongkai/exports").path

        var midWrite = 0
        let trials = 6
        for trial in 0..<trials {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = [corpus, "-q", "-f", scriptPath]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until an export is writing (its temporary exists), then kill at a varying moment.
            let deadline = Date().addingTimeInterval(60)
            while temporaries(in: exports.path).isEmpty && process.isRunning && Date() < deadline { usleep(2_000) }
            usleep(UInt32(trial * 37_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "killed, not finished")
            let left = temporaries(in: exports.path)
            if !left.isEmpty {
                midWrite += 1
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: journal).count, left.count,
                               "each temporary left is in the journal")
            }
            try ExportedFileChecks.assertComplete(sqlite: exports.appendingPathComponent("out.sqlite").path, rows: Self.reports)
            try ExportedFileChecks.assertComplete(parquet: exports.appendingPathComponent("out.parquet").path)

            // The next start (one statement, no export) removes what the killed one left.
            let next = try GongkaiProcess.run([corpus, "-q", "-c", "select count(*)"], environment: environment, timeout: 120)
            XCTAssertEqual(next.status, 0, next.error)
            XCTAssertEqual(next.output, "+----------+\n| count(*) |\n+----------+\n|      \(Self.reports) |\n+----------+\n")
            XCTAssertEqual(temporaries(in: exports.path), [], "trial \(trial): the temporaries are gone")
            XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: journal)) ?? [], [], "and their entries")
        }
        print("KilledExportCleanupTests: \(midWrite) of \(trials) kills landed while a file was being written")
        XCTAssertGreaterThan(midWrite, 0, "at least one kill landed mid-write, so the cleanup was exercised")
    }

    private func temporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".out.") && $0.hasSuffix(".tmp") }
    }
}
