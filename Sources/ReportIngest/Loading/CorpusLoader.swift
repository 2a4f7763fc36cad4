import Dispatch
import Foundation
import ReportModel

/// Loads a corpus: collects the report files under the paths given (`FileCollector`), reads each with the
/// reader for its extension, and parses the reports in parallel on all cores — or reads their records back
/// from the parse cache (`LoadOptions.cache`, Cache/) when the files are unchanged. Records come back in path
/// order. Never crashes on bad input: a missing path, an empty, binary, undecodable or oversized file, or
/// a text that is not a report gives one `LoadDiagnostic` naming the file, and the other reports load.
public enum CorpusLoader {
    public static func load(paths: [String], options: LoadOptions = .init()) -> Corpus {
        loadReporting(paths: paths, options: options).corpus
    }

    /// Loads a corpus and says how: files parsed, records read from the cache, the cache file used.
    public static func loadReporting(paths: [String], options: LoadOptions = .init()) -> (corpus: Corpus, statistics: LoadStatistics) {
        let scanTime = Int64(Date().timeIntervalSince1970 * 1e9)
        var clock = PhaseClock()
        let (collected, collectDiagnostics, unreadable) = FileCollector.collect(paths, readers: options.readers)
        var statistics = LoadStatistics()
        statistics.phases.collect = clock.lap()
        statistics.files = collected.count
        let identities: @Sendable () -> Set<FileIdentity> = { collected.identities }
        var cached: CachedLoad?
        if let directory = options.cache.directory(fileCount: collected.count) {
            let load = CachedLoad(directory: directory, paths: paths, options: options, scanTime: scanTime,
                                  progress: ProgressBar(total: collected.count, enabled: options.showsProgress), parsedTexts: TextStore())
            if var corpus = ImageLoad.corpus(paths: paths, files: collected, load: load, diagnostics: collectDiagnostics,
                                             unreadable: unreadable, statistics: &statistics) {
                corpus.identifyingFiles(identities)
                statistics.phases.cacheIndex = clock.lap()
                return (corpus, statistics)
            }
            cached = load
        }
        let files = collected.files
        let progress = cached?.progress ?? ProgressBar(total: files.count, enabled: options.showsProgress)
        MallocTuning.prepare(forFiles: files.count)
        var outcomes: [Outcome]
        if let cached {
            outcomes = cached.run(files, statistics: &statistics)
        } else {
            // The texts of the files parsed now are kept here, not in their records (see `TextStore`).
            let parsedTexts = TextStore()
            let slots = OrderedSlots<Outcome>(count: files.count)
            ParallelLoop.run(files.count, parallel: options.parallel) { index in
                slots.set(index, load(files[index], options: options, texts: parsedTexts))
                progress.advance()
            }
            outcomes = slots.take()
            statistics.parsed = files.count
            statistics.phases.records = clock.lap()
        }
        progress.finish()
        _ = clock.lap()
        let (records, skipped) = assemble(&outcomes, files: files)
        statistics.phases.assemble = clock.lap()
        let panelCPU = ProcessCPU.microseconds()
        let panelled = withPanel(records)
        statistics.phases.panel = clock.lap()
        statistics.phases.panelCPU = Double(ProcessCPU.microseconds() - panelCPU) / 1e6
        var corpus = Corpus(paths: paths, records: panelled, diagnostics: collectDiagnostics + skipped.map(\.diagnostic),
                            unreadablePaths: unreadable)
        corpus.identifyingFiles(identities)
        if let cached {
            corpus.storeImageSink = ImageLoad.sink(paths: paths, files: collected, load: cached, corpus: corpus, skipped: skipped,
                                                  statistics: statistics)
        }
        return (corpus, statistics)
    }

    /// The records of the outcomes, in order, with unique ids, and the files skipped (by index) with why.
    static func assemble(_ outcomes: inout [Outcome], files: [CorpusFile]) -> (records: [ReportRecord], skipped: [StoreFile.Skipped]) {
        ReportIDs.makeUnique(&outcomes, files: files)
        // Moved out of the outcomes, last first, so no record is copied.
        var records: [ReportRecord] = []
        records.reserveCapacity(outcomes.count)
        var skipped: [StoreFile.Skipped] = []
        while let outcome = outcomes.popLast() {
            switch outcome {
            case .record(let record): records.append(record)
            case .skipped(let diagnostic): skipped.append(StoreFile.Skipped(index: outcomes.count, diagnostic: diagnostic))
            }
        }
        records.reverse()
        return (records, skipped.reversed())
    }

    /// The records with the checks across years applied (`PanelChecks`).
    static func withPanel(_ records: consuming [ReportRecord]) -> [ReportRecord] {
        var records = records
        PanelChecks.apply(to: &records)
        return records
    }

    /// Loads and times a corpus, with the summary a shell prints.
    public static func loadWithSummary(paths: [String], options: LoadOptions = .init()) -> (Corpus, LoadSummary) {
        let start = DispatchTime.now().uptimeNanoseconds
        let corpus = load(paths: paths, options: options)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        return (corpus, LoadSummary(corpus: corpus, elapsedMilliseconds: elapsed))
    }

    enum Outcome: Sendable {
        case record(ReportRecord)
        case skipped(LoadDiagnostic)
    }

    /// A file's bytes, or why it was not read.
    enum FileRead {
        case bytes(Data)
        case skipped(LoadDiagnostic)
    }

    static func load(_ file: CorpusFile, options: LoadOptions, texts: TextStore?) -> Outcome {
        switch read(file, options: options) {
        case .skipped(let diagnostic): return .skipped(diagnostic)
        case .bytes(let data): return parse(data, file, options: options, texts: texts)
        }
    }

    /// The file's bytes, or why it is skipped without reading (too large, no reader, unreadable).
    static func read(_ file: CorpusFile, options: LoadOptions) -> FileRead {
        func skip(_ message: String) -> FileRead { .skipped(LoadDiagnostic(file: file.file, message: message)) }
        guard options.readers.reader(forPath: file.path) != nil else {
            return skip(FileCollector.unsupported(file.path, options.readers))
        }
        let size = file.stamp?.size ?? FileStamp.of(file.path)?.stamp.size ?? 0
        if size > options.maxFileSize {
            return skip("file is \(megabytes(size)), over the \(megabytes(options.maxFileSize)) limit; skipped")
        }
        switch RegularFileRead.bytes(of: file.path, limit: options.maxFileSize) {
        case .success(let data): return .bytes(data)
        case .failure(let problem): return skip(problem.message)
        }
    }

    /// The record of a file's bytes, or why they are not a report. The bytes are dropped once decoded:
    /// only the text lives on while the report is parsed, then in `texts` when given.
    static func parse(_ data: Data, _ file: CorpusFile, options: LoadOptions, texts: TextStore? = nil) -> Outcome {
        guard let reader = options.readers.reader(forPath: file.path) else {
            return .skipped(LoadDiagnostic(file: file.file, message: FileCollector.unsupported(file.path, options.readers)))
        }
        switch reader.read(data, fileName: file.file) {
        case .failure(let error):
            return .skipped(LoadDiagnostic(file: file.file, message: error.message))
        case .success(let text):
            let report = ReportText(text)
            guard ReportRecognizer.isReport(report) else {
                return .skipped(LoadDiagnostic(file: file.file, message: ReportRecognizer.reason))
            }
            var record = ReportParser.parse(report, file: file.file, id: file.id)
            if let texts { record.moveText(CorpusLoader.textField, into: texts) }
            return .record(record)
        }
    }

    static let textField = FieldCatalog.standard.id("text")

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }
}

