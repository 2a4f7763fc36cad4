import Foundation

/// The benchmark's output: Markdown ready for BENCHMARKS.md — the machine and its load average, the
/// statements and exports on three engines, the warm one-shot, the cold parse, memory, the panel
/// checks' share — and each target of issues 15, 17 and 18 checked against its number (`BenchTargets`).
struct BenchReport {
    let machine: String
    let duckdb: String?
    let loadAverages: (before: String, after: String)
    let options: BenchOptions
    let large: BenchCorpus
    let small: BenchCorpus
    let reports: Int
    let statements: [StatementBenchmark.Timing]
    let exports: [StatementBenchmark.Export]
    let oneShots: [(BenchCorpus, OneShot.Summary)]
    let cold: ColdParse.Summary
    /// Peak resident memory of the warm one-shot and of a session running every statement (`SessionPeak`).
    let peaks: (oneShot: Int, session: Int)?
    /// The panel checks' share of a warm start, per corpus (the large one, then the panel corpus).
    let panel: [(BenchCorpus, PanelShare.Shares)]
    /// The panel corpus: its reports and the cross-report statements timed on it.
    let panelCorpus: (corpus: BenchCorpus, reports: Int, statements: [StatementBenchmark.Timing])?

    func markdown() -> String {
        var lines = [
            "Machine: \(machine); DuckDB \(duckdb.map { $0 + " (Python package)" } ?? "not run")",
            "Load average (1, 5, 15 min) before the run: \(loadAverages.before); after: \(loadAverages.after).",
            "Corpora: ReportSynth seed \(options.seed), \(small.label) and \(large.label); \(options.runs) timed runs per statement "
                + "after a warm-up (median); \(options.oneShotRuns) one-shot pairs, \(options.coldRuns) cold parses (medians).", "",
            "Statements over \(large.label) reports, each timed inside its engine's process: parse, bind, run, render as CSV and "
                + "write to /dev/null (gongkai `Session.execute` with `.format csv`; SQLite prepare, step, every cell as text "
                + "into CSV; DuckDB `COPY (…) TO '/dev/null'`), on the same table (the headline fields, rate.granted, text):", "",
        ] + BenchReport.statementTable(statements)
        if let (corpus, reports, timings) = panelCorpus {
            lines += ["", "Issue 15's cross-report statements over \(corpus.label) (\(reports) reports, one per body and year: "
                + "`gongkai generate \(corpus.count) DIR --panel --seed \(options.seed)`), timed the same way:", ""]
            lines += BenchReport.statementTable(timings)
        }
        lines += ["", "Exports over \(large.label) reports to a CSV file (gongkai `export … to 'F' overwrite`; SQLite its rows "
            + "as CSV to a file; DuckDB `COPY … TO 'F'`; median of \(min(options.runs, 5)) after a warm-up; MB/s of report text):", "",
            "| export | gongkai | SQLite | DuckDB | gongkai / DuckDB | gongkai MB/s | SQLite MB/s | DuckDB MB/s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for e in exports {
            func rate(_ value: Double?) -> String { e.megabytes.flatMap { mb in value.map { fixed(mb / ($0 / 1000), 0) } } ?? "–" }
            lines.append("| \(e.name) | \(msText(e.gongkaiMs)) | \(msText(e.sqliteMs)) | \(e.duckdbMs.map(msText) ?? "–") "
                + "| \(e.duckdbMs.map { fixed(e.gongkaiMs / $0, 2) } ?? "–") | \(rate(e.gongkaiMs)) | \(rate(e.sqliteMs)) | \(rate(e.duckdbMs)) |")
        }
        lines += BenchReport.oneShotTable(oneShots)
        lines += ["", "Cold parse (`--no-cache`, files in the page cache), \(small.label), \(fixed(cold.megabytes, 0)) MB (MiB) on disk:", "",
                  "| wall (2 cores) | CPU | MB per CPU-second | CPU of the load phase | MB per CPU-second of the load |",
                  "|---:|---:|---:|---:|---:|",
                  "| \(secondsText(cold.wall)) | \(secondsText(cold.cpu)) | \(fixed(cold.megabytesPerCPUSecond, 1)) | \(secondsText(cold.loadCPU)) | \(fixed(cold.loadMegabytesPerCPUSecond, 1)) |"]
        if let peaks {
            func perReport(_ bytes: Int) -> String { fixed(Double(bytes) / Double(max(1, reports)), 0) + " B" }
            lines += ["", "Peak resident memory, warm, \(large.label) (GNU time's %M):", "", "| process | peak | per report |", "|---|---:|---:|",
                      "| one-shot `select count(*)` | \(mbText(peaks.oneShot)) | \(perReport(peaks.oneShot)) |",
                      "| session running every statement above (`-f`) | \(mbText(peaks.session)) | \(perReport(peaks.session)) |"]
        }
        lines += ["", "The panel checks' share of a warm start (the load's own panel timers, wall and CPU of every thread; "
            + "start = load + column store, its CPU the process's until then; median of 3 probes):", "",
            "| corpus | warm start | panel CPU | start CPU | CPU share | panel wall | start wall | wall share |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
        for (corpus, shares) in panel {
            for (name, s) in [("from the column store's image\(shares.image.fromImage ? "" : " (NOT from the image)")", shares.image),
                              ("through the parse cache, without the image", shares.cacheOnly)] {
                lines.append("| \(corpus.label) | \(name) | \(msText(s.panelCPU)) | \(msText(s.readyCPU)) | \(fixed(s.cpuShare * 100, 1)) % "
                    + "| \(msText(s.panel)) | \(msText(s.ready)) | \(fixed(s.share * 100, 1)) % |")
            }
        }
        lines += BenchTargets(report: self).lines
        return lines.joined(separator: "\n")
    }

    static func statementTable(_ timings: [StatementBenchmark.Timing]) -> [String] {
        var lines = ["| statement | rows | gongkai | SQLite (in-memory) | DuckDB | gongkai / SQLite | gongkai / DuckDB | same rows |",
                     "|---|---:|---:|---:|---:|---:|---:|---|"]
        for t in timings {
            let same = t.sqliteDifference == nil && t.duckdbDifference == nil
                ? (t.duckdbChecked ? "yes (all three)" : "yes (SQLite)") : "NO"
            lines.append("| \(t.name) | \(t.rows) | \(msText(t.gongkai)) | \(msText(t.sqlite)) | \(t.duckdb.map(msText) ?? "–") "
                + "| \(fixed(t.gongkai / t.sqlite, 2)) | \(t.duckdb.map { fixed(t.gongkai / $0, 2) } ?? "–") | \(same) |")
        }
        return lines
    }

    static func oneShotTable(_ oneShots: [(BenchCorpus, OneShot.Summary)]) -> [String] {
        var lines = ["", "Warm one-shot process, `gongkai DIR -q --format csv -c 'select count(*)'` (wall spawn to exit, split by its "
            + "`GONGKAI_PHASES` marks; CPU user + system), beside `sqlite3 FILE.db 'select count(*) from reports'` on an "
            + "on-disk database of the same rows, run in turn (ratio: median of the pairs' wall ratios):", "",
            "| corpus | wall | CPU | startup | load | store | first statement | exit | CPU: load / store / statement | sqlite3 wall | sqlite3 CPU | gongkai / sqlite3 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (corpus, o) in oneShots {
            let g = o.gongkai
            lines.append("| \(corpus.label) | \(msText(g.wall)) | \(msText(g.cpu)) | \(msText(g.startup)) | \(msText(g.load)) | \(msText(g.store)) "
                + "| \(msText(g.statement)) | \(msText(g.exit)) | \(fixed(g.loadCPU, 1)) / \(fixed(g.storeCPU, 1)) / \(fixed(g.statementCPU, 1)) ms "
                + "| \(o.sqliteWall.map(msText) ?? "–") | \(o.sqliteCPU.map(msText) ?? "–") | \(o.ratio.map { fixed($0, 2) } ?? "–") |")
        }
        return lines
    }
}

func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
func msText(_ value: Double) -> String { value < 10 ? fixed(value, 2) + " ms" : fixed(value, 1) + " ms" }
func secondsText(_ milliseconds: Double) -> String { fixed(milliseconds / 1000, 2) + " s" }
func mbText(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 0) + " MB" }
