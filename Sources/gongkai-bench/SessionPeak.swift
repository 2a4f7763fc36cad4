import Foundation

/// Peak resident memory of warm gongkai processes over the large corpus (issue 17: not above ≈ 470 MB
/// at 100,000 reports): the one-shot `select count(*)`, and a session that runs every bench statement
/// (`gongkai PATH -q --format csv -f statements.sql`, output discarded), each per report.
///
/// Measured through GNU time (`/usr/bin/time -f %M`), which forks gongkai itself: a child that this
/// large process spawns directly inherits its high-water mark (posix_spawn shares the parent's memory
/// until exec, and Linux keeps the larger of the two peaks in `ru_maxrss`), so `wait4`'s figure
/// would be the bench's own size, not gongkai's.
struct SessionPeak {
    let gongkai: String
    let environment: [String]
    let scratch: String

    /// nil when /usr/bin/time is missing.
    func measure(_ corpus: String, script: String) throws -> (oneShot: Int, session: Int)? {
        guard FileManager.default.isExecutableFile(atPath: SessionPeak.time) else {
            log("peak memory: not measured (no \(SessionPeak.time))")
            return nil
        }
        return (try peak([corpus, "-q", "--format", "csv", "-c", "select count(*)"]),
                try peak([corpus, "-q", "--format", "csv", "-f", script]))
    }

    static let time = "/usr/bin/time"

    private func peak(_ arguments: [String]) throws -> Int {
        let report = scratch + "/peak-\(getpid()).txt"
        defer { unlink(report) }
        let child = try ChildProcess.run(SessionPeak.time, ["-f", "%M", "-o", report, gongkai] + arguments, environment: environment, scratch: scratch)
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard child.status == 0, let kilobytes else {
            throw BenchError("gongkai \(arguments.joined(separator: " ")) failed (status \(child.status)): \(child.errorOutput.suffix(600))")
        }
        return kilobytes * 1024
    }
}
