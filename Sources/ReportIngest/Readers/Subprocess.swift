import Foundation

/// Runs a helper program to completion or until a time limit, its output going to files (so a large
/// output can never block on a full pipe).
struct Subprocess {
    struct Outcome {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
    }

    enum Failure: Error {
        case cannotStart(String)
        case timedOut
        case io(String)
    }

    /// The executable `name` on the PATH (or in the usual install locations), or nil.
    static func locate(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` in `workDirectory` (which must exist; the output files are
    /// written there). After `timeout` seconds the process is stopped (SIGTERM, then SIGKILL).
    static func run(
        _ executable: URL, arguments: [String], timeout: TimeInterval, workDirectory: URL
    ) throws(Failure) -> Outcome {
        let outURL = workDirectory.appendingPathComponent("stdout")
        let errURL = workDirectory.appendingPathComponent("stderr")
        let process = Process()
        let finished = DispatchSemaphore(value: 0)
        do {
            guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
                  FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
                throw Failure.io("cannot create temporary files in \(workDirectory.path)")
            }
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            defer {
                try? out.close()
                try? err.close()
            }
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = workDirectory
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = out
            process.standardError = err
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .cannotStart("\(error)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw .timedOut
        }
        process.waitUntilExit()
        do {
            return Outcome(
                status: process.terminationStatus,
                standardOutput: try Data(contentsOf: outURL),
                standardError: try Data(contentsOf: errURL)
            )
        } catch {
            throw .io("cannot read the output of \(executable.lastPathComponent): \(error)")
        }
    }
}
