import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// For every layout, generated reports read back (TableExtraction + Derivation) to exactly the values the
/// generator printed: every table field, derived field, status, template and check, nulls included.
final class SyntheticPropertyTests: XCTestCase {
    private let catalog = FieldCatalog.standard
    private let reportsPerLayout = 200

    /// The fields the table stage decides.
    private lazy var tableFields: [FieldDescriptor] = catalog.fields.filter { field in
        ([.proactive, .requests, .review, .derived, .checks].contains(field.group) && field.name != "warnings")
            || field.name.hasPrefix("tables.") || field.name == "template" || field.name == "proactive.total"
    }

    func testEveryLayoutReadsBackExactly() {
        for layout in Layout.allCases {
            var generator = ReportGenerator(seed: 0x5EED_0000 + UInt64(layout.hashValue & 0))
            var failures = 0
            for n in 0..<reportsPerLayout {
                let report = generator.next(layout: layout)
                let record = TableFixture.record(text: report.text)
                var diffs: [String] = []
                for field in tableFields {
                    let expected = report.expectedFromTables(field.id)
                    if record[field.id] != expected { diffs.append("\(field.name): got \(record[field.id]), expected \(expected)") }
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
