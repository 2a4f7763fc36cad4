import Dispatch
import Foundation
import ReportModel

/// Loads a corpus: collects the report files under the paths given (`FileCollector`), reads each with the
/// reader for its extension, and parses the reports in parallel on all cores. Records come back in path
/// order. Never crashes on bad input: a missing path, an empty, binary, undecodable or oversized file, or
/// a text that is not a report gives one `LoadDiagnostic` naming the file, and the other reports load.
public enum CorpusLoader {
    public static func load(paths: [String], options: LoadOptions = .init()) -> Corpus {
        let (files, collectDiagnostics) = FileCollector.collect(paths, readers: options.readers)
        let outcomes = OrderedSlots<Outcome>(count: files.count)
        if options.parallel && files.count > 1 {
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                outcomes.set(index, load(files[index], options: options))
            }
        } else {
            for (index, file) in files.enumerated() { outcomes.set(index, load(file, options: options)) }
        }
        var records: [ReportRecord] = []
        var diagnostics = collectDiagnostics
        for outcome in outcomes.elements {
            switch outcome {
            case .record(let record): records.append(record)
            case .skipped(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return Corpus(paths: paths, records: records, diagnostics: diagnostics)
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

    static func load(_ file: CorpusFile, options: LoadOptions) -> Outcome {
        func skip(_ message: String) -> Outcome { .skipped(LoadDiagnostic(file: file.file, message: message)) }
        guard let reader = options.readers.reader(forPath: file.path) else {
            return skip(FileCollector.unsupported(file.path, options.readers))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > options.maxFileSize {
            return skip("file is \(megabytes(size)), over the \(megabytes(options.maxFileSize)) limit; skipped")
        }
        // The bytes are dropped once decoded: only the text lives on while the report is parsed.
        let text: Result<String, DocumentReadError>
        do {
            text = reader.read(try Data(contentsOf: URL(fileURLWithPath: file.path)), fileName: file.file)
        } catch {
            return skip("cannot read the file: \(error.localizedDescription)")
        }
        switch text {
        case .failure(let error):
            return skip(error.message)
        case .success(let text):
            let report = ReportText(text)
            guard ReportRecognizer.isReport(report) else { return skip(ReportRecognizer.reason) }
            return .record(ReportParser.parse(report, file: file.file, id: file.id))
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }
}
