import Foundation

/// The benchmark's output: Markdown tables (load, queries, other timings) ready for BENCHMARKS.md,
/// each target checked against the numbers.
struct BenchReport {
    let machine: String
    /// /proc/loadavg before and after the run.
    let loadAverages: (before: String, after: String)
    let options: BenchOptions
    let loads: [LoadBenchmark.Measurement]
    let ready: (wall: Double, inProcess: Double)?
    let queryCorpus: BenchCorpus
    let queryLoadMs: Double
    let storeMs: Double
    /// The first text search after the load, which reads the texts from the cache file.
    let firstTextMs: Double?
    let exportMs: Double?
    let timings: [QueryBenchmark.Timing]

    func markdown() -> String {
        var lines: [String] = []
        lines.append("Machine: \(machine)")
        lines.append("Load average (1, 5, 15 min) before the run: \(loadAverages.before); after: \(loadAverages.after).")
        lines.append("Corpus: ReportSynth seed \(options.seed); \(options.runs) timed runs per query (median).")
        lines.append("")
        lines.append("| corpus | mode | load | reports/s | MB/s | peak memory | peak / size on disk "
            + "| peak with engine | with engine / size on disk | every column built | every column / size on disk | parsed | from cache |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for m in loads {
            let seconds = m.milliseconds / 1000
            let mb = Double(m.bytesOnDisk) / 1_048_576
            lines.append("| \(m.corpus.label) (\(format(mb, 0)) MB) | \(m.mode) | \(format(seconds, 2)) s "
                + "| \(format(Double(m.reports) / seconds, 0)) | \(format(mb / seconds, 1)) "
                + "| \(format(Double(m.peakBytes) / 1_048_576, 0)) MB | \(format(Double(m.peakBytes) / Double(max(1, m.bytesOnDisk)), 2))× "
                + "| \(format(Double(m.readyPeakBytes) / 1_048_576, 0)) MB "
                + "| \(format(Double(m.readyPeakBytes) / Double(max(1, m.bytesOnDisk)), 2))× "
                + "| \(format(Double(m.everyColumnPeakBytes) / 1_048_576, 0)) MB "
                + "| \(format(Double(m.everyColumnPeakBytes) / Double(max(1, m.bytesOnDisk)), 2))× "
                + "| \(m.parsed) | \(m.cached) |")
        }
        lines.append("")
        lines.append("Queries over \(queryCorpus.label) reports (each the median of \(options.runs) runs; gongkai's time "
            + "includes parsing, binding, running and reading every cell of the result as a value; SQLite's preparing, stepping "
            + "and reading every cell as a value; gongkai's first run, which builds the columns the query is the first "
            + "to use, apart):")
        lines.append("")
        lines.append("| query | rows | gongkai | SQLite (in-memory) | gongkai / SQLite | same rows | gongkai's first run |")
        lines.append("|---|---:|---:|---:|---:|---|---:|")
        for t in timings {
            let sqlite = t.sqlite.map { format($0, 2) + " ms" } ?? "–"
            let ratio = t.sqlite.map { format(t.gongkai / $0, 2) } ?? "–"
            let same = t.sameRows.map { $0 ? "yes" : "NO" } ?? "–"
            lines.append("| \(t.query.name) | \(t.rows) | \(format(t.gongkai, 2)) ms | \(sqlite) | \(ratio) | \(same) "
                + "| \(format(t.gongkaiFirst, 2)) ms |")
        }
        lines.append("")
        lines.append("| other | time |")
        lines.append("|---|---:|")
        lines.append("| load \(queryCorpus.label) from the cache (in the bench process) | \(format(queryLoadMs, 0)) ms |")
        lines.append("| build the column store for \(queryCorpus.label) | \(format(storeMs, 0)) ms |")
        if let firstTextMs {
            lines.append("| first text search after the load (reads the \(queryCorpus.label) texts from the cache file) | \(format(firstTextMs, 0)) ms |")
        }
        if let exportMs { lines.append("| export \(queryCorpus.label) into in-memory SQLite | \(format(exportMs, 0)) ms |") }
        if let ready {
            lines.append("| shell ready on the bundled corpus (spawn to exit; load + engine, no cache) | \(format(ready.wall, 1)) ms |")
            lines.append("| — of which in-process load + engine | \(format(ready.inProcess, 1)) ms |")
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
