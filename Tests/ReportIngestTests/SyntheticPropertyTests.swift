import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// For every layout, generated reports read back (TableExtraction + Derivation) to exactly the values the
/// generator printed: every table field, derived field, status, template and check, nulls included.
final class SyntheticPropertyTests: XCTestCase {
    private let catalog = FieldCatalog.standard
    private let reportsPerLayout = 150

    /// The fields the table stage decides.
    private lazy var tableFields: [FieldDescriptor] = catalog.fields.filter { field in
        ([.proactive, .requests, .review, .derived, .checks].contains(field.group) && field.name != "warnings")
            || field.name.hasPrefix("tables.") || field.name == "template" || field.name == "proactive.total"
    }

    /// A figure read from a table points at a line that prints it (its digits, or 无 for 0).
    /// `folded` caches the folded lines (a web-text report is one long line).
    private func provenanceProblem(
        _ record: ReportRecord, _ id: FieldID, _ lines: [SourceLine], _ folded: inout [Int: String]
    ) -> String? {
        guard let source = record.source(of: id), source.origin == .table, let number = record[id].doubleValue else {
            return nil
        }
        guard source.line >= 1, source.line <= lines.count else { return "\(catalog[id].name): line \(source.line)" }
        let text = folded[source.line] ?? String(String.UnicodeScalarView(LabelText.folded(lines[source.line - 1].text)))
        folded[source.line] = text
        if text.contains(String(Int(number))) || (number == 0 && text.contains("无")) { return nil }
        return "\(catalog[id].name) = \(record[id]) at line \(source.line): '\(lines[source.line - 1].text)'"
    }

    func testEveryLayoutReadsBackExactly() throws {
        for layout in Layout.allCases {
            var generator = ReportGenerator(seed: 0x5EED_0000)
            var failures = 0
            for n in 0..<reportsPerLayout {
                let report = generator.next(layout: layout)
                let lines = TableFixture.lines(try SyntheticPipelineTests.canonicalText(report))
                let record = TableFixture.record(lines)
                var diffs: [String] = []
                var folded: [Int: String] = [:]
                for field in tableFields {
                    let expected = report.expectedFromTables(field.id)
                    if record[field.id] != expected { diffs.append("\(field.name): got \(record[field.id]), expected \(expected)") }
                    if let problem = provenanceProblem(record, field.id, lines, &folded) { diffs.append(problem) }
                }
                let failingCheck = ["check.balance", "check.rows", "check.processed", "check.review"]
                    .contains { report[$0] == .bool(false) }
                if failingCheck != record.warningList.contains(where: { $0.contains(" fails: ") }) {
                    diffs.append("check warnings: \(record.warningList)")
                }
                if !diffs.isEmpty {
                    failures += 1
                    if failures <= 3 {
                        XCTFail("\(layout) #\(n) \(report.fileName): \(diffs.prefix(8).joined(separator: "; "))\nwarnings: \(record.warningList)")
                        try? report.text.write(toFile: "/tmp/scratch/fail_\(layout)_\(n).txt", atomically: true, encoding: .utf8)
                    }
                }
            }
            if failures > 0 { XCTFail("\(layout): \(failures) of \(reportsPerLayout) reports differ") }
        }
    }
}
