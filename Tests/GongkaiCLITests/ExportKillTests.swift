import Foundation
import XCTest

/// A `kill -9` in the middle of a `.sqlite` or `.parquet` export never leaves a partial file at the
/// target's name: the file there is the previous complete one or nothing; only a hidden temporary
/// file may be left.
final class ExportKillTests: XCTestCase {
    func testKillingAnExportLeavesTheTargetWholeOrAbsent() throws {
        let binary = try XCTUnwrap(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // About 2 MB a file: the corpus's texts twenty times over, so a write takes a while.
        let columns = "id, " + (1...20).map { _ in "text" }.joined(separator: ", ")
        let script = (0..<400).map { k in
            "export select \(columns) to '\(folder.path)/out.\(k % 2 == 0 ? "sqlite" : "parquet")';"
        }.joined(separator: "\n")
        let scriptPath = folder.appendingPathComponent("exports.sql").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        var interrupted = 0
        for trial in 0..<8 {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(".") || name.hasPrefix("out.") {
                try FileManager.default.removeItem(atPath: folder.appendingPathComponent(name).path)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = [GongkaiBinary.corpus, "--no-cache", "-f", scriptPath]
            process.environment = GongkaiBinary.environment(home: folder.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(400_000 + trial * 150_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            if names.contains(where: { $0.hasPrefix(".out.") && $0.hasSuffix(".tmp") }) { interrupted += 1 }
            try ExportedFileChecks.assertComplete(sqlite: folder.appendingPathComponent("out.sqlite").path, rows: 5)
            try ExportedFileChecks.assertComplete(parquet: folder.appendingPathComponent("out.parquet").path)
        }
        print("ExportKillTests: \(interrupted) of 8 kills landed while a file was being written")
    }
}
