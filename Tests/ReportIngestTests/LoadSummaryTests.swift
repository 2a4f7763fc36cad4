import XCTest
import ReportModel
@testable import ReportIngest

final class LoadSummaryTests: XCTestCase {
    private func record(tables: [String: String]) -> ReportRecord {
        var record = ReportRecord()
        for (name, value) in tables {
            record.set(FieldCatalog.standard.id(name), .text(value), line: 0, origin: .derived)
        }
        return record
    }

    func testLineCountsReportsImagesAndSkippedFiles() {
        let corpus = Corpus(paths: ["corpus/"], records: [
            record(tables: ["tables.proactive": "image", "tables.requests": "image"]),
            record(tables: ["tables.review": "image"]),
            record(tables: ["tables.proactive": "text"]),
        ], diagnostics: [
            LoadDiagnostic(file: "empty.txt", message: "empty file"),
            LoadDiagnostic(file: "corpus/extra", message: "no .md or .txt files in this folder", severity: .warning),
        ])
        let summary = LoadSummary(corpus: corpus, elapsedMilliseconds: 8.6)
        XCTAssertEqual(summary.line, "loaded 3 reports from corpus (2 with tables as images, 1 skipped) in 9 ms")
        XCTAssertEqual(summary.diagnosticLines, [
            "gongkai: empty.txt: empty file",
            "gongkai: corpus/extra: no .md or .txt files in this folder",
        ])
    }

    func testOneReportAndSeveralPaths() {
        let corpus = Corpus(paths: ["a", "b/c.txt"], records: [record(tables: [:])], diagnostics: [])
        XCTAssertEqual(LoadSummary(corpus: corpus, elapsedMilliseconds: 0.2).line,
                       "loaded 1 report from 2 paths (0 with tables as images, 0 skipped) in 0 ms")
    }

    func testLoadWithSummaryOnTheCorpus() {
        let (corpus, summary) = CorpusLoader.loadWithSummary(paths: [TextFixtures.corpus.path + "/"])
        XCTAssertEqual(summary.reports, corpus.records.count)
        XCTAssertEqual(summary.reports, 5)
        XCTAssertEqual(summary.source, TextFixtures.corpus.path)
        XCTAssertTrue(summary.line.hasPrefix("loaded 5 reports from \(TextFixtures.corpus.path) ("), summary.line)
    }
}
