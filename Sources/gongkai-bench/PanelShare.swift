import Foundation

/// The panel checks' share of a warm start (issue 18: at most 10 %). The load times its panel phase
/// itself (`LoadPhases.panel` and `panelCPU`: `PanelChecks.apply` over every record, wall and CPU), and the probe child
/// (`--load-only PATH --cache DIR --no-columns`) prints it beside the start's whole time (load, then
/// the column store: the shell is ready), and the process's CPU time then. Two starts, each the median
/// of `runs` children:
/// - from the column store's image (the normal warm start): the panel fields are read from the image,
///   computed when it was written, so the phase does not run at all;
/// - through the parse cache alone (a copy of the cache directory without the image, as when the
///   image is missing or stale): every record decoded, then the panel phase, then the store built.
struct PanelShare {
    struct Start {
        var fromImage: Bool
        /// Wall time of the panel phase and of the start, in ms.
        var panel: Double
        var ready: Double
        /// CPU time (every thread) of the panel phase and of the whole process until ready, in ms.
        var panelCPU: Double
        var readyCPU: Double
        /// The wall share: on a loaded machine mostly the moments the phase's threads waited for a core.
        var share: Double { ready > 0 ? panel / ready : .nan }
        /// The CPU share: what the checks add to a start's work (the target's measure).
        var cpuShare: Double { readyCPU > 0 ? panelCPU / readyCPU : .nan }
    }

    /// The two starts of one corpus.
    typealias Shares = (image: Start, cacheOnly: Start)

    func measure(corpus: String, cacheDirectory: String, scratch: String, runs: Int) throws -> Shares {
        let cacheOnly = scratch + "/panel-cache"
        try? FileManager.default.removeItem(atPath: cacheOnly)
        try FileManager.default.createDirectory(atPath: cacheOnly, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheDirectory).filter { $0.hasSuffix(".cache") }
        for name in names { try FileManager.default.linkItem(atPath: cacheDirectory + "/" + name, toPath: cacheOnly + "/" + name) }
        return (try start(corpus, cache: cacheDirectory, runs: runs), try start(corpus, cache: cacheOnly, runs: runs))
    }

    private func start(_ corpus: String, cache: String, runs: Int) throws -> Start {
        var starts: [Start] = []
        for _ in 0..<runs {
            let child = try ChildProcess.run("/proc/self/exe", ["--load-only", corpus, "--cache", cache, "--no-columns"])
            let values = child.values
            guard child.status == 0, let panel = values["phase_panel_ms"].flatMap(Double.init),
                  let ready = values["ready_ms"].flatMap(Double.init),
                  let panelCPU = values["phase_panel_cpu_ms"].flatMap(Double.init),
                  let readyCPU = values["ready_cpu_ms"].flatMap(Double.init) else {
                throw BenchError("load probe of \(corpus) failed (status \(child.status)): \(child.output) \(child.errorOutput.suffix(400))")
            }
            starts.append(Start(fromImage: values["from_image"] == "true", panel: panel, ready: ready,
                                panelCPU: panelCPU, readyCPU: readyCPU))
        }
        return Start(fromImage: starts.allSatisfy(\.fromImage), panel: Stopwatch.median(starts.map(\.panel)),
                     ready: Stopwatch.median(starts.map(\.ready)), panelCPU: Stopwatch.median(starts.map(\.panelCPU)),
                     readyCPU: Stopwatch.median(starts.map(\.readyCPU)))
    }
}
