import Foundation
import ReportShell

/// The warm one-shot process: `gongkai PATH -q --format csv -c 'select count(*)'` with its cache warm, end to end
/// (wall from spawn to exit, CPU from `wait4`; peak memory is `SessionPeak`'s), split by the marks it prints with
/// `GONGKAI_PHASES=1` (`StartPhases`): startup (spawn to the session's start: loading the binary and
/// its libraries, parsing arguments), load, store (column store and views), first statement, and
/// exit (the last mark to the parent's wait end). Beside it, `sqlite3 FILE 'select count(*) from
/// reports'` on an on-disk database of the same rows; the two run in turn, pair after pair.
struct OneShot {
    /// One run's figures, milliseconds (CPU: user + system).
    struct Run {
        var wall = 0.0, cpu = 0.0
        var startup = 0.0, load = 0.0, store = 0.0, statement = 0.0, exit = 0.0
        var loadCPU = 0.0, storeCPU = 0.0, statementCPU = 0.0
    }

    /// Medians of each figure over the runs, and of sqlite3's wall and CPU, and the wall ratio pair by pair.
    struct Summary {
        var gongkai: Run
        var sqliteWall: Double?
        var sqliteCPU: Double?
        var ratio: Double?
        var count: String
    }

    let gongkai: String
    let sqlite3: String?
    let environment: [String]

    func measure(corpus: String, database: String, runs: Int) throws -> Summary {
        var gongkaiRuns: [Run] = []
        var sqliteRuns: [ChildProcess] = []
        var count = ""
        _ = try gongkaiRun(corpus)   // writes gongkai's own cache and image the first time
        for index in 0...runs {   // the first pair warms up and is not counted
            let (run, answer) = try gongkaiRun(corpus)
            let sqlite = try sqlite3.map { try ChildProcess.run($0, [database, "select count(*) from reports"]) }
            if let sqlite, sqlite.output.trimmingCharacters(in: .whitespacesAndNewlines) != answer {
                throw BenchError("sqlite3 counted \(sqlite.output) rows, gongkai \(answer)")
            }
            count = answer
            if index == 0 { continue }
            gongkaiRuns.append(run)
            if let sqlite { sqliteRuns.append(sqlite) }
        }
        func median(_ key: (Run) -> Double) -> Double { Stopwatch.median(gongkaiRuns.map(key)) }
        var summary = Run(wall: median(\.wall), cpu: median(\.cpu))
        summary.startup = median(\.startup); summary.load = median(\.load); summary.store = median(\.store)
        summary.statement = median(\.statement); summary.exit = median(\.exit)
        summary.loadCPU = median(\.loadCPU); summary.storeCPU = median(\.storeCPU); summary.statementCPU = median(\.statementCPU)
        guard !sqliteRuns.isEmpty else { return Summary(gongkai: summary, count: count) }
        let ratios = zip(gongkaiRuns, sqliteRuns).map { $0.wall / $1.wallMilliseconds }
        return Summary(gongkai: summary, sqliteWall: Stopwatch.median(sqliteRuns.map(\.wallMilliseconds)),
                       sqliteCPU: Stopwatch.median(sqliteRuns.map(\.cpuMilliseconds)), ratio: Stopwatch.median(ratios), count: count)
    }

    /// One run of gongkai and its answer (the count it printed).
    func gongkaiRun(_ corpus: String) throws -> (Run, String) {
        let child = try ChildProcess.run(gongkai, [corpus, "-q", "--format", "csv", "-c", "select count(*)"],
                                         environment: environment + ["\(StartPhases.environmentVariable)=1"])
        guard child.status == 0, let marks = OneShot.marks(child.errorOutput),
              let start = marks["start"], let loaded = marks["loaded"], let ready = marks["ready"], let statement = marks["statement"] else {
            throw BenchError("gongkai one-shot on \(corpus) failed (status \(child.status)): \(child.errorOutput.suffix(600))")
        }
        func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(Int64(bitPattern: b &- a)) / 1e6 }
        let run = Run(wall: child.wallMilliseconds, cpu: child.cpuMilliseconds,
                      startup: ms(child.spawnedAt, start.wall), load: ms(start.wall, loaded.wall), store: ms(loaded.wall, ready.wall),
                      statement: ms(ready.wall, statement.wall), exit: ms(statement.wall, child.endedAt),
                      loadCPU: Double(loaded.cpu - start.cpu) / 1000, storeCPU: Double(ready.cpu - loaded.cpu) / 1000,
                      statementCPU: Double(statement.cpu - ready.cpu) / 1000)
        let answer = child.output.split(whereSeparator: \.isNewline).last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        return (run, answer)
    }

    /// The marks of a `gongkai-phases name=WALL_NS,CPU_US …` line.
    static func marks(_ text: String) -> [String: (wall: UInt64, cpu: UInt64)]? {
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("gongkai-phases ") }) else { return nil }
        var marks: [String: (wall: UInt64, cpu: UInt64)] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            let numbers = parts.last?.split(separator: ",").compactMap { UInt64($0) } ?? []
            guard parts.count == 2, numbers.count == 2 else { return nil }
            marks[String(parts[0])] = (numbers[0], numbers[1])
        }
        return marks
    }
}
