import XCTest
import Foundation
import ReportModel
import ReportSynth
@testable import ReportIngest

/// The whole pipeline (`ReportParser`, and `CorpusLoader` on files written by `writeCorpus`) gives every
/// field the generator expects, nulls included: identity, narrative figures, tables, derived fields and
/// checks. Only the fields that describe the text itself (id, file, text, text.s*, warnings) are left out.
final class SyntheticPipelineTests: XCTestCase {
    private let catalog = FieldCatalog.standard
    private let reportsPerLayout = 100

    /// Every field a report's values decide.
    private lazy var comparedFields: [FieldDescriptor] = catalog.fields.filter { field in
        !["id", "file", "text", "warnings"].contains(field.name) && !field.name.hasPrefix("text.s")
    }

    /// "field: got x, expected y" for every field where the record and the generator differ.
    private func differences(_ record: ReportRecord, _ report: SyntheticReport) -> [String] {
        comparedFields.compactMap { field in
            let expected = report.expectedValue(field.id)
            return record[field.id] == expected ? nil : "\(field.name): got \(record[field.id]), expected \(expected)"
        }
    }

    /// The text the parser reads: an HTML page through the loader's reader, anything else as it is.
    static func canonicalText(_ report: SyntheticReport) throws -> String {
        guard report.layout == .html else { return report.text }
        return try FormattedDocumentReader().read(Data(report.text.utf8), fileName: report.fileName).get()
    }

    func testEveryLayoutParsesToEveryExpectedField() throws {
        for (index, layout) in Layout.allCases.enumerated() {
            var generator = ReportGenerator(seed: 0xF011_0000 + UInt64(index))
            var failures = 0
            for n in 0..<reportsPerLayout {
                let report = generator.next(layout: layout)
                let id = String(report.fileName.prefix { $0 != "." })
                let record = ReportParser.parse(text: try Self.canonicalText(report), file: report.fileName, id: id)
                XCTAssertEqual(record.id, id)
                let diffs = differences(record, report)
                guard !diffs.isEmpty else { continue }
                failures += 1
                if failures <= 3 {
                    XCTFail("\(layout) #\(n) \(report.fileName): \(diffs.prefix(8).joined(separator: "; "))\nwarnings: \(record.warningList)")
                }
            }
            if failures > 0 { XCTFail("\(layout): \(failures) of \(reportsPerLayout) reports differ") }
        }
    }

    /// The same through files: `writeCorpus` writes them, `CorpusLoader` reads them back in path order.
    func testCorpusLoaderReadsWrittenCorpus() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let count = 40
        let files = try writeCorpus(count: count, to: directory, seed: 0xC0_4905)
        var generator = ReportGenerator(seed: 0xC0_4905)
        let reports = (0..<count).map { _ in generator.next() }
        XCTAssertEqual(files.map(\.lastPathComponent), reports.map(\.fileName))

        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.diagnostics.map(\.message), [])
        XCTAssertEqual(corpus.records.map(\.file), reports.map(\.fileName).sorted())
        let byFile = Dictionary(uniqueKeysWithValues: reports.map { ($0.fileName, $0) })
        for record in corpus.records {
            guard let report = byFile[record.file] else { continue }
            XCTAssertEqual(record.id, String(report.fileName.prefix { $0 != "." }))
            XCTAssertEqual(record["text"], .text(try Self.canonicalText(report)))
            let diffs = differences(record, report)
            XCTAssertTrue(diffs.isEmpty, "\(report.layout) \(report.fileName): \(diffs.prefix(8).joined(separator: "; "))")
        }
    }
}
