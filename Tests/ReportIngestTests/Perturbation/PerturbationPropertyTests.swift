import Foundation
import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// Issue 14: every figure of the three tables stays the same or becomes null when a report's whitespace
/// and line structure are perturbed (`TextPerturbation`) — never a different number. Generated reports
/// are compared with what the generator printed (its oracle), the bundled real reports with their
/// reading before the perturbation. Over 2,000 perturbed reports; recall must stay at 95 % or more.
final class PerturbationPropertyTests: XCTestCase {
    private let catalog = FieldCatalog.standard
    private let generatedPerLayout = 300
    /// A file path in the tests' folder (the corpus is found from it).
    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PerturbationPropertyTests.swift").path
    private let perRealReport = 100

    /// The numeric fields the table stage sets (figures, group rows, sums and rates); statuses and checks
    /// are left out, since fewer cells may make a failing check hold.
    private lazy var numericFields: [FieldDescriptor] = catalog.fields.filter { field in
        [.proactive, .requests, .review, .derived].contains(field.group) && field.name != "proactive.total"
            && field.type != .text && field.type != .bool
    }

    private struct Tally {
        var reports = 0
        var expected = 0
        var kept = 0
        var nulled = 0
        var wrong: [String] = []

        mutating func compare(_ name: String, got: Value, expected value: Value, report: String) {
            if value.isNull {
                if !got.isNull { wrong.append("\(report): \(name) = \(got), expected null") }
                return
            }
            expected += 1
            if got.isNull { nulled += 1 } else if got == value { kept += 1 } else {
                wrong.append("\(report): \(name) = \(got), expected \(value)")
            }
        }
    }

    private func read(_ text: String) -> ReportRecord { TableFixture.record(TableFixture.lines(text)) }

    func testPerturbedReportsNeverGiveADifferentNumber() throws {
        var tally = Tally()
        for (index, layout) in [Layout.tabRows, .cellPerLine, .pdfFlowed, .markdownPipe, .html].enumerated() {
            var generator = ReportGenerator(seed: 0x7E27_0000 + UInt64(index))
            for n in 0..<generatedPerLayout {
                let report = generator.next(layout: layout)
                var perturbation = TextPerturbation(seed: 0xBEEF_0000 + UInt64(index * 10_000 + n))
                let text = perturbation.perturb(try SyntheticPipelineTests.canonicalText(report))
                let record = read(text)
                let name = "\(layout) #\(n)"
                for field in numericFields {
                    tally.compare(field.name, got: record[field.id], expected: report.expectedFromTables(field.id), report: name)
                }
                tally.reports += 1
            }
        }
        for prefix in ["000", "001", "002", "003", "004"] {
            let original = try TableFixture.corpusLines(prefix, file: Self.testsFolder).map(\.text).joined(separator: "\n")
            let reference = read(original)
            for n in 0..<perRealReport {
                var perturbation = TextPerturbation(seed: 0xC0DE_0000 + UInt64(n) + (UInt64(prefix)! << 16))
                let text = perturbation.perturb(original)
                let record = read(text)
                let name = "corpus \(prefix) #\(n)"
                for field in numericFields {
                    tally.compare(field.name, got: record[field.id], expected: reference[field.id], report: name)
                }
                tally.reports += 1
            }
        }
        let recall = Double(tally.kept) / Double(max(tally.expected, 1))
        print("perturbation: \(tally.reports) reports, \(tally.expected) values printed, \(tally.kept) kept, "
              + "\(tally.nulled) became null, \(tally.wrong.count) wrong; recall \(String(format: "%.2f", recall * 100)) %")
        XCTAssertGreaterThanOrEqual(tally.reports, 2_000)
        XCTAssertEqual(tally.wrong.count, 0, tally.wrong.prefix(40).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }
}
