import Foundation
import ReportShell

/// The cold parse: `gongkai PATH --no-cache -q --format csv -c 'select count(*)'` (no cache read or
/// written; the report files are in the OS page cache, so this measures parsing, not the disk), in
/// fresh children. CPU from `wait4` (user + system of the whole child, on every core it used) and of
/// the load phase alone (`GONGKAI_PHASES` marks); MB per CPU-second is the corpus's size on disk
/// (MiB) over that CPU time; wall is from spawn to exit, on the machine's two cores. Medians.
struct ColdParse {
    struct Summary {
        var megabytes: Double
        var wall: Double
        var cpu: Double
        var loadCPU: Double
        var megabytesPerCPUSecond: Double { megabytes / (cpu / 1000) }
        var loadMegabytesPerCPUSecond: Double { megabytes / (loadCPU / 1000) }
    }

    let gongkai: String
    let environment: [String]

    func measure(_ corpus: BenchCorpus, runs: Int) throws -> Summary {
        var walls: [Double] = []
        var cpus: [Double] = []
        var loads: [Double] = []
        for _ in 0..<runs {
            let child = try ChildProcess.run(gongkai, [corpus.path, "--no-cache", "-q", "--format", "csv", "-c", "select count(*)"],
                                             environment: environment + ["\(StartPhases.environmentVariable)=1"])
            guard child.status == 0, let marks = OneShot.marks(child.errorOutput), let start = marks["start"],
                  let loaded = marks["loaded"] else {
                throw BenchError("cold parse of \(corpus.path) failed (status \(child.status)): \(child.errorOutput.suffix(600))")
            }
            walls.append(child.wallMilliseconds)
            cpus.append(child.cpuMilliseconds)
            loads.append(Double(loaded.cpu - start.cpu) / 1000)
            log(String(format: "  cold %@: %.0f ms wall, %.0f ms CPU", corpus.label, child.wallMilliseconds, child.cpuMilliseconds))
        }
        return Summary(megabytes: Double(corpus.bytesOnDisk()) / 1_048_576, wall: Stopwatch.median(walls),
                       cpu: Stopwatch.median(cpus), loadCPU: Stopwatch.median(loads))
    }
}
