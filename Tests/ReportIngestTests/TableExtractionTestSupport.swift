import Foundation
import ReportModel
@testable import ReportIngest

/// Test helpers for the table extraction (until the parser of the ingest-text branch is merged):
/// lines from a text or a corpus file, then TableExtraction + Derivation on a fresh record.
enum TableFixture {
    /// Splits text into numbered lines the way a report file is read (`\n`, with `\r` dropped).
    static func lines(_ text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            SourceLine(number: offset + 1, text: line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
        }
    }

    /// The lines of the corpus report whose file name starts with `prefix` ("001").
    static func corpusLines(_ prefix: String, file: String = #filePath) throws -> [SourceLine] {
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("../../corpus").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return lines(text)
    }

    /// Tables read and derived values computed, on a fresh record.
    static func record(_ lines: [SourceLine], sections: Sections = Sections()) -> ReportRecord {
        var record = ReportRecord()
        TableExtraction.extract(lines: lines, sections: sections, into: &record)
        Derivation.apply(to: &record)
        return record
    }

    static func record(text: String) -> ReportRecord { record(lines(text)) }

    /// The seven printed cells of a table 三 row.
    static func requestRow(_ record: ReportRecord, _ row: RequestRow) -> [Value] {
        ApplicantColumn.printed.map { record[FieldCatalog.standard.requests(row, $0)] }
    }

    static func ints(_ values: [Int]) -> [Value] { values.map(Value.integer) }
}
