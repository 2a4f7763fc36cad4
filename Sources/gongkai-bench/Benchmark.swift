import Foundation
import ReportIngest
import ReportQuery

/// One benchmark run: prepares the corpora, measures loads in child processes, then loads the largest
/// corpus (warm) here, exports it to SQLite and times the queries on both; prints the tables.
struct Benchmark {
    let options: BenchOptions

    func run() throws {
        let loadBefore = MachineInfo.loadAverage()
        let corpora = options.sizes.map { BenchCorpus(count: $0, base: options.directory) }
        for corpus in corpora { try corpus.prepare(seed: options.seed) }
        let cacheDirectory = options.directory + "/cache"
        let loads = LoadBenchmark(cacheDirectory: cacheDirectory)
        var measurements: [LoadBenchmark.Measurement] = []
        for corpus in corpora {
            log("loading \(corpus.label) …")
            measurements += try loads.measure(corpus)
        }
        let ready = try LoadBenchmark.shellReady(options.bundledCorpus)

        let largest = corpora.last!
        log("queries over \(largest.label) …")
        var watch = Stopwatch()
        let corpus = CorpusLoader.load(paths: [largest.path],
                                       options: LoadOptions(cache: .directory(URL(fileURLWithPath: cacheDirectory)), showsProgress: false))
        let loadMs = watch.milliseconds
        watch = Stopwatch()
        let store = ColumnStore(records: corpus.records)
        let storeMs = watch.milliseconds
        // The texts stay in the cache file until a query needs them: the first text search reads them
        // (before the SQLite export does).
        let textSearch = BenchQuery.all.first { $0.gongkai.contains("text ~") }
        watch = Stopwatch()
        if let textSearch { _ = try Database(store: store).query(textSearch.gongkai) }
        let firstTextMs = textSearch == nil ? nil : watch.milliseconds
        var sqlite: SQLiteDatabase?
        var exportMs: Double?
        if options.sqlite {
            watch = Stopwatch()
            let database = try SQLiteDatabase()
            try SQLiteExport.export(corpus.records, into: database)
            exportMs = watch.milliseconds
            sqlite = database
        }
        var queries = QueryBenchmark(database: Database(store: store), sqlite: sqlite, runs: options.runs)
        let timings = try queries.run()

        let report = BenchReport(
            machine: MachineInfo.describe(), loadAverages: (loadBefore, MachineInfo.loadAverage()), options: options, loads: measurements, ready: ready,
            queryCorpus: largest, queryLoadMs: loadMs, storeMs: storeMs, firstTextMs: firstTextMs, exportMs: exportMs, timings: timings)
        print(report.markdown())
    }

    /// Loads the largest corpus (from the bench's cache) and runs one statement `runs` times, reading
    /// every cell of its result each time (as the query benchmark does).
    func profile(_ statement: String) throws {
        let corpus = BenchCorpus(count: options.sizes.last!, base: options.directory)
        try corpus.prepare(seed: options.seed)
        let loaded = CorpusLoader.load(paths: [corpus.path], options: LoadOptions(
            cache: .directory(URL(fileURLWithPath: options.directory + "/cache")), showsProgress: false))
        let database = Database(store: ColumnStore(records: loaded.records))
        var rows = 0
        var cells = 0
        let watch = Stopwatch()
        cells += QueryBenchmark.readEveryCell(try database.query(statement))
        let first = watch.milliseconds
        let median = try Stopwatch.median(runs: options.runs) {
            let result = try database.query(statement)
            rows = result.rowCount
            cells &+= QueryBenchmark.readEveryCell(result)
        }
        print(String(format: "%d rows, first run %.2f ms, then median %.2f ms over %d runs", rows, first, median, options.runs))
    }
}
