import Foundation
import ReportIngest
import ReportQuery

/// The child side of a load measurement (`--load-only PATH [--cache off|DIR]`): loads the corpus, notes
/// the load's time and peak memory, opens the query engine as the shell does (over the column store's
/// image when the load found one, else built from the records: the shell is ready then) and notes
/// the peak again, builds every column (the parent reads the whole child's peak), and prints one line
/// of `key=value` pairs for the parent, the load's phases among them (`PanelShare` reads `panel` and
/// `panel_cpu`; `ready_cpu_ms` is the process's CPU time when the shell would be ready).
enum LoadProbe {
    static func run(path: String, cache: String?, everyColumn: Bool = true) throws {
        let mode: LoadCache
        switch cache {
        case nil, "off": mode = .off
        case "default": mode = .default
        case let directory?: mode = .directory(URL(fileURLWithPath: directory))
        }
        let watch = Stopwatch()
        let (corpus, statistics) = CorpusLoader.loadReporting(paths: [path], options: LoadOptions(cache: mode, showsProgress: false))
        let load = watch.milliseconds
        let loadPeak = peakBytes()
        let store = corpus.storeImage.map { ColumnStore(image: $0, records: corpus.recordSource) }
            ?? ColumnStore(records: corpus.recordSource)
        let database = Database(store: store)
        let ready = watch.milliseconds
        let readyCPU = Double(ProcessCPU.microseconds()) / 1000
        let readyPeak = peakBytes()
        if everyColumn { database.store.buildEveryColumn() }
        let pairs: [(String, String)] = [
            ("load_ms", String(format: "%.1f", load)), ("ready_ms", String(format: "%.1f", ready)),
            ("ready_cpu_ms", String(format: "%.1f", readyCPU)),
            ("reports", "\(database.store.rowCount)"), ("skipped", "\(corpus.diagnostics.count)"),
            ("parsed", "\(statistics.parsed)"), ("cached", "\(statistics.fromCache)"),
            ("written", "\(statistics.cacheWritten)"), ("from_image", "\(statistics.fromStoreImage)"), ("load_peak", "\(loadPeak)"), ("ready_peak", "\(readyPeak)"),
            ("problem", (statistics.cacheProblem ?? "-").replacingOccurrences(of: " ", with: "_")),
        ] + phases(statistics.phases)
        print(pairs.map { "\($0)=\($1)" }.joined(separator: " "))
    }

    /// The load's phases, in milliseconds (`phase_collect_ms=…`), for the parent's notes and a profiler.
    static func phases(_ phases: LoadPhases) -> [(String, String)] {
        [("collect", phases.collect), ("index", phases.cacheIndex), ("records", phases.records),
         ("write", phases.cacheWrite), ("assemble", phases.assemble), ("panel", phases.panel), ("panel_cpu", phases.panelCPU)]
            .map { ("phase_\($0.0)_ms", String(format: "%.1f", $0.1 * 1000)) }
    }

    /// This process's peak resident memory so far, in bytes: `VmHWM` of /proc/self/status, this
    /// program's own memory (`getrusage`'s `ru_maxrss` would count the spawning parent's peak: see
    /// `SessionPeak`).
    static func peakBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0) * 1024
    }
}
