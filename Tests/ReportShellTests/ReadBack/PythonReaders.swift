import Foundation
import XCTest

/// The Python that reads exports back in the tests — `.build/python` (made by scripts/install-deps,
/// which `make test` runs) or else `python3` — with duckdb and pyarrow; a test that needs them skips,
/// saying what is missing, only when neither has them.
enum PythonReaders {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let python: String? = {
        let candidates = [repository.appendingPathComponent(".build/python/bin/python").path, "/usr/bin/env"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            let arguments = candidate == "/usr/bin/env" ? ["python3"] : []
            if (try? run(candidate, arguments + ["-c", "import duckdb, pyarrow"]).status) == 0 {
                return candidate == "/usr/bin/env" ? "python3" : candidate
            }
        }
        return nil
    }()

    /// Skips the test unless duckdb and pyarrow can be imported.
    static func require() throws -> String {
        guard let python else {
            throw XCTSkip("duckdb and pyarrow are not installed (scripts/install-deps installs them into .build/python; it needs PyPI)")
        }
        return python
    }

    /// Runs the read-back script (`ReadBackScript.source`) with `arguments`; its standard output, or
    /// a failure with its standard error.
    static func compare(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let python = try require()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-readback-\(UUID().uuidString).py")
        try ReadBackScript.source.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let (launcher, prefix) = python == "python3" ? ("/usr/bin/env", ["python3"]) : (python, [])
        let outcome = try run(launcher, prefix + [script.path] + arguments)
        XCTAssertEqual(outcome.status, 0, outcome.error + outcome.output, file: file, line: line)
        return outcome.output
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
