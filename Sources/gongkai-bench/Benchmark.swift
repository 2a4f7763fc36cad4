import Foundation

/// One benchmark run (`make bench`), in this order: the corpora (reused), a gongkai session over each
/// (warm from the bench's cache once it has been written) and an on-disk SQLite copy of the same rows
/// (`BenchTable`); on the large corpus the statements and exports on gongkai, in-memory SQLite and
/// DuckDB, on the panel corpus (`BenchCorpus.panel`) issue 15's cross-report statements the same way;
/// then the children: the warm one-shot at both sizes beside `sqlite3`, the cold parse of the small
/// corpus, a warm session's peak memory, the panel checks' share of a warm start on the large and the
/// panel corpus. Prints the
/// Markdown of `BenchReport` on standard output (progress on standard error).
struct Benchmark {
    let options: BenchOptions

    func run() throws {
        let loadBefore = MachineInfo.loadAverage()
        let corpora = options.sizes.map { BenchCorpus(count: $0, base: options.directory) }
        for corpus in corpora { try corpus.prepare(seed: options.seed) }
        let panelSize = options.panelSize ?? options.sizes[1]
        let panelCorpus = panelSize > 0 ? BenchCorpus(count: panelSize, base: options.directory, panel: true) : nil
        try panelCorpus?.prepare(seed: options.seed)
        let paths = try BenchPaths(scratch: options.scratchDirectory)
        let (small, large) = (corpora[0], corpora[1])
        log("the same rows in SQLite, \(small.label) …")
        _ = try table(small, paths: paths)
        log("statements over \(large.label) …")
        let duckdb = options.duckdb ? DuckDBSide.find(python: options.python, script: options.duckdbScript) : nil
        let main = try statements(large, paths: paths, duckdb: duckdb, list: BenchStatement.all, exports: true)
        let panel = try panelCorpus.map { corpus in
            log("cross-report statements over \(corpus.label) …")
            return (corpus, try statements(corpus, paths: paths, duckdb: duckdb, list: BenchStatement.crossReport, exports: false))
        }
        let gongkai = options.gongkai ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/gongkai"
        let sqlite3 = FileManager.default.isExecutableFile(atPath: options.sqlite3) ? options.sqlite3 : nil
        let oneShot = OneShot(gongkai: gongkai, sqlite3: sqlite3, environment: paths.childEnvironment)
        var oneShots: [(BenchCorpus, OneShot.Summary)] = []
        for corpus in corpora {
            log("warm one-shot, \(corpus.label) …")
            oneShots.append((corpus, try oneShot.measure(corpus: corpus.path, database: paths.database(corpus), runs: options.oneShotRuns)))
        }
        log("cold parse, \(small.label) …")
        let cold = try ColdParse(gongkai: gongkai, environment: paths.childEnvironment).measure(small, runs: options.coldRuns)
        log("memory and the panel checks, \(large.label) …")
        let peaks = try SessionPeak(gongkai: gongkai, environment: paths.childEnvironment, scratch: paths.scratch).measure(large.path, script: paths.script)
        var shares = [(large, try PanelShare().measure(corpus: large.path, cacheDirectory: paths.benchCache, scratch: paths.scratch, runs: 3))]
        if let (corpus, _) = panel {
            log("the panel checks, \(corpus.label) …")
            shares.append((corpus, try PanelShare().measure(corpus: corpus.path, cacheDirectory: paths.benchCache, scratch: paths.scratch, runs: 3)))
        }
        let report = BenchReport(
            machine: MachineInfo.describe(), duckdb: main.duckdbVersion, loadAverages: (loadBefore, MachineInfo.loadAverage()),
            options: options, large: large, small: small, reports: main.reports, statements: main.timings,
            exports: main.exports, oneShots: oneShots, cold: cold, peaks: peaks, panel: shares,
            panelCorpus: panel.map { ($0.0, $0.1.reports, $0.1.timings) })
        print(report.markdown())
    }

    /// What `statements` measured over one corpus.
    struct Statements {
        var reports: Int
        var timings: [StatementBenchmark.Timing]
        var exports: [StatementBenchmark.Export]
        var duckdbVersion: String?
    }

    /// The statements of `list` (and with `exports`, the two exports) over a corpus on gongkai,
    /// in-memory SQLite and DuckDB; the session is closed when it returns.
    func statements(_ corpus: BenchCorpus, paths: BenchPaths, duckdb: DuckDBSide?, list: [BenchStatement],
                    exports withExports: Bool) throws -> Statements {
        let (side, memory) = try table(corpus, paths: paths)
        let output = paths.output + "/" + corpus.label
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var bench = StatementBenchmark(gongkai: side, sqlite: try SQLiteSide(database: memory), runs: options.runs, output: output)
        bench.list = list
        var timings = try bench.statements()
        var exports = withExports ? try bench.exports() : []
        var version: String?
        if let duckdb {
            log("DuckDB, \(corpus.label) …")
            version = try bench.duckdb(duckdb, database: paths.database(corpus), timings: &timings, exports: &exports)
        }
        return Statements(reports: side.session.corpus.recordCount, timings: timings, exports: exports, duckdbVersion: version)
    }

    /// The session over a corpus, and an in-memory SQLite database of the same rows, also written to
    /// the corpus's SQLite file (for `sqlite3` and DuckDB).
    func table(_ corpus: BenchCorpus, paths: BenchPaths) throws -> (GongkaiSide, SQLiteDatabase) {
        let side = try GongkaiSide(corpus: corpus.path, cacheDirectory: paths.benchCache)
        log(String(format: "  %@: session open in %.0f ms", corpus.label, side.openMilliseconds))
        let database = try SQLiteDatabase()
        let result = try side.session.database.query(BenchTable.gongkaiSelect)
        try BenchTable.fill(database, from: result)
        try database.write(to: paths.database(corpus))
        return (side, database)
    }

    /// Opens the large corpus (from the bench's cache) and runs one statement `runs` times after a
    /// warm-up, rendered as CSV to /dev/null, as the statement benchmark times it.
    func profile(_ statement: String) throws {
        let corpus = BenchCorpus(count: options.sizes[1], base: options.directory)
        try corpus.prepare(seed: options.seed)
        let side = try GongkaiSide(corpus: corpus.path, cacheDirectory: try BenchPaths(scratch: options.scratchDirectory).benchCache)
        let median = try side.time(statement, runs: options.runs)
        print(String(format: "median %.2f ms over %d runs (after one warm-up)", median, options.runs))
    }
}
