import Foundation
import XCTest

/// Issue 12 acceptance: the `records` command — the built binary, not the loader called in process —
/// over the grown batch of every input format (`GrownBatch`) finishes in time linear in the input
/// size. Doubling the batch must not more than about triple the child's CPU time (a quadratic step
/// quadruples it); CPU time, not wall time, so that other work on a shared machine does not fail it.
/// Each run has a fresh cache folder, so every run parses every file.
final class RecordsCommandComplexityTests: XCTestCase {
    /// The built `gongkai` beside the test runner (`swift test` builds it in the same folder), else
    /// `<package>/.build/debug/gongkai`.
    private static var binary: String? {
        var candidates = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        if let runner = Bundle.main.executableURL { candidates.insert(runner.deletingLastPathComponent(), at: 0) }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("gongkai").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Children's CPU seconds (user + system) so far, of the children this process has waited for.
    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_CHILDREN.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `gongkai records folder`: its CPU seconds, exit status, lines of output and of messages.
    private func records(_ binary: String, _ folder: URL) throws -> (cpu: Double, status: Int32, lines: Int, messages: String) {
        let scratch = try ReaderFixtures.temporaryDirectory(for: self)
        let output = scratch.appendingPathComponent("records.jsonl")
        let messages = scratch.appendingPathComponent("messages")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["records", folder.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8",
                               "XDG_CACHE_HOME": scratch.appendingPathComponent("cache").path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: messages)
        let before = Self.childrenCPU()
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let cpu = Self.childrenCPU() - before
        let lines = try Data(contentsOf: output).split(separator: UInt8(ascii: "\n")).count
        return (cpu, process.terminationStatus, lines, try String(contentsOf: messages, encoding: .utf8))
    }

    func testRecordsOverADoubledBatchTakesAtMostThreeTimesTheCPU() throws {
        let binary = try XCTUnwrap(Self.binary, "the gongkai executable is built with the tests")
        let small = try ReaderFixtures.temporaryDirectory(for: self)
        let large = try ReaderFixtures.temporaryDirectory(for: self)
        let k = 8
        let smallBytes = try GrownBatch.write(k, to: small, seed: 2)
        let largeBytes = try GrownBatch.write(2 * k, to: large, seed: 2)
        XCTAssertGreaterThan(Double(largeBytes), 1.8 * Double(smallBytes))
        var smallCPU = Double.infinity, largeCPU = Double.infinity
        for _ in 0..<2 {  // interleaved, the fastest of each
            let s = try records(binary, small)
            let l = try records(binary, large)
            XCTAssertEqual(s.status, 0, s.messages)
            XCTAssertEqual(l.status, 0, l.messages)
            // One JSON line a loaded report; a file that fails is named in the messages instead.
            XCTAssertLessThanOrEqual(s.lines, 4 + k)
            XCTAssertLessThanOrEqual(l.lines, 4 + 2 * k)
            XCTAssertGreaterThanOrEqual(l.lines, 2 * k, "every copy of the PDF is a report")
            smallCPU = min(smallCPU, s.cpu)
            largeCPU = min(largeCPU, l.cpu)
        }
        XCTAssertLessThan(largeCPU, 3 * smallCPU + 0.25,
                          "\(smallBytes) bytes in \(smallCPU) CPU-s, \(largeBytes) bytes in \(largeCPU) CPU-s")
    }
}
