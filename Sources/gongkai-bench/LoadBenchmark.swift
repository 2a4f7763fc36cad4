import Foundation

/// Loads of one corpus, each in a fresh child process: cold without a cache (median of three for a corpus
/// of up to 20,000 reports; one run of a larger one), cold writing the cache (the cache directory emptied
/// first), warm (reading the cache written; median of three), and warm
/// again with glibc's malloc asking for transparent huge pages (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`:
/// half of a warm load is the kernel faulting in the records' fresh memory 4 KB at a time).
struct LoadBenchmark {
    struct Measurement {
        var corpus: BenchCorpus
        var mode: String
        var bytesOnDisk: Int
        var reports: Int
        var milliseconds: Double
        var readyMilliseconds: Double
        /// Peak resident memory when the load ended.
        var peakBytes: Int
        /// Peak resident memory once the query engine (the column store) is built: the shell is ready.
        var readyPeakBytes: Int
        /// Peak resident memory of the whole child, once every column is built and the texts laid out.
        var everyColumnPeakBytes: Int
        var parsed: Int
        var cached: Int
    }

    let cacheDirectory: String

    func measure(_ corpus: BenchCorpus) throws -> [Measurement] {
        let bytes = corpus.bytesOnDisk()
        var results: [Measurement] = []
        let coldRuns = corpus.count <= 20_000 ? 3 : 1
        let cold = try (0..<coldRuns).map { _ in try probe(corpus, mode: "cold, --no-cache", cache: "off", bytes: bytes) }
        results.append(cold.sorted { $0.milliseconds < $1.milliseconds }[coldRuns / 2])
        try? FileManager.default.removeItem(atPath: cacheDirectory)
        results.append(try probe(corpus, mode: "cold, writing cache", cache: cacheDirectory, bytes: bytes))
        let warm = try (0..<3).map { _ in try probe(corpus, mode: "warm (cache)", cache: cacheDirectory, bytes: bytes) }
        results.append(warm.sorted { $0.milliseconds < $1.milliseconds }[1])
        let huge = try (0..<3).map { _ in
            try probe(corpus, mode: "warm, THP malloc", cache: cacheDirectory, bytes: bytes, environment: [LoadBenchmark.hugePages])
        }
        results.append(huge.sorted { $0.milliseconds < $1.milliseconds }[1])
        return results
    }

    static let hugePages = "GLIBC_TUNABLES=glibc.malloc.hugetlb=1"

    func probe(_ corpus: BenchCorpus, mode: String, cache: String, bytes: Int, environment: [String] = []) throws -> Measurement {
        let child = try ChildProcess.run(["--load-only", corpus.path, "--cache", cache], environment: environment)
        let values = child.values
        guard child.status == 0, let load = values["load_ms"].flatMap(Double.init),
              let ready = values["ready_ms"].flatMap(Double.init) else {
            throw BenchError("load of \(corpus.path) failed (status \(child.status)): \(child.output)")
        }
        if let problem = values["problem"], problem != "-" { log("  cache: \(problem)") }
        let measurement = Measurement(
            corpus: corpus, mode: mode, bytesOnDisk: bytes, reports: Int(values["reports"] ?? "") ?? 0,
            milliseconds: load, readyMilliseconds: ready,
            peakBytes: Int(values["load_peak"] ?? "") ?? child.peakBytes,
            readyPeakBytes: Int(values["ready_peak"] ?? "") ?? child.peakBytes, everyColumnPeakBytes: child.peakBytes,
            parsed: Int(values["parsed"] ?? "") ?? 0, cached: Int(values["cached"] ?? "") ?? 0)
        log(String(format: "  %@ %@: %.0f ms, peak %.0f MB, %.0f MB with the engine, %.0f MB with every column (parsed %d, from cache %d)",
                   corpus.label, mode, load, Double(measurement.peakBytes) / 1_048_576, Double(measurement.readyPeakBytes) / 1_048_576,
                   Double(measurement.everyColumnPeakBytes) / 1_048_576, measurement.parsed, measurement.cached))
        return measurement
    }

    /// From spawn to exit of a child that loads the bundled corpus without a cache and builds the query
    /// engine: what opening the shell on it costs (median of five).
    static func shellReady(_ path: String) throws -> (wall: Double, inProcess: Double)? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var walls: [Double] = []
        var ready: [Double] = []
        for _ in 0..<5 {
            let child = try ChildProcess.run(["--load-only", path, "--cache", "off"])
            guard child.status == 0, let inProcess = child.values["ready_ms"].flatMap(Double.init) else {
                throw BenchError("load of \(path) failed: \(child.output)")
            }
            walls.append(child.wallMilliseconds)
            ready.append(inProcess)
        }
        return (Stopwatch.median(walls), Stopwatch.median(ready))
    }
}
