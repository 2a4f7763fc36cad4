import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// Glued web text (`Layout.webText`) end to end: every split the parser accepts is the printed figure,
/// every row that the generator's brute-force oracle finds ambiguous is null with a warning naming it —
/// never guessed.
final class SyntheticWebTextTests: XCTestCase {
    private let catalog = FieldCatalog.standard
    private let reports = 250

    /// The start of the warning that names the row a table field is printed in.
    private lazy var rowNames: [FieldID: String] = {
        var names: [FieldID: String] = [:]
        for row in RequestRow.printed {
            for column in ApplicantColumn.printed { names[catalog.requests(row, column)] = "requests.\(row.name) (line" }
        }
        for item in ProactiveItem.allCases { names[catalog.proactive(item)] = "table 二 row" }
        for block in ReviewBlock.printed {
            for outcome in ReviewOutcome.allCases { names[catalog.review(block, outcome)] = "table 四" }
        }
        return names
    }()

    func testAcceptedSplitsAreTheTruthAndAmbiguousRowsNull() {
        var generator = ReportGenerator(seed: 0x3EB7_0000)
        var counts = GluedRowCounts()
        var readBySums = 0
        var failures = 0
        for n in 0..<reports {
            let report = generator.next(layout: .webText)
            XCTAssertEqual(report.text.filter { $0 == "\n" }.count, 1, "one line")
            let record = ReportParser.parse(text: report.text, file: report.fileName, id: "web\(n)")
            var problems: [String] = []
            for (field, printed) in report.printed {
                let name = catalog[field].name
                if !record[field].isNull, record[field] != printed {
                    problems.append("\(name): read \(record[field]), printed \(printed)")
                }
                if record[field] != report.expectedValue(field) {
                    problems.append("\(name): read \(record[field]), oracle \(report.expectedValue(field))")
                }
                if report.expectedValue(field).isNull, let row = rowNames[field],
                   !record.warningList.contains(where: { $0.hasPrefix(row) && $0.hasSuffix("left null") }) {
                    problems.append("\(name): null without a warning naming its row")
                }
            }
            counts = counts + report.gluedRows
            readBySums += RequestRow.printed.filter { row in
                let total = catalog.requests(row, .total)
                return !record[total].isNull && record.source(of: total)?.origin == .table
                    && Self.splitsAlone(report, row) > 1
            }.count
            if !problems.isEmpty {
                failures += 1
                if failures <= 3 { XCTFail("#\(n) \(report.fileName): \(problems.prefix(6))\n\(record.warningList)") }
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(counts.rows, counts.splitAlone + counts.splitBySums + counts.leftNull)
        XCTAssertGreaterThan(counts.leftNull, 0, "the sample has ambiguous rows")
        XCTAssertGreaterThan(counts.splitBySums, 0, "the sample has rows read by their sums")
        XCTAssertGreaterThan(readBySums, 0, "the sample has table 三 rows that split several ways and are read")
        let rate = { (part: Int) in String(format: "%.1f%%", 100 * Double(part) / Double(max(counts.rows, 1))) }
        print("web text: \(counts.rows) rows in \(reports) reports; split alone \(rate(counts.splitAlone)), "
              + "by sums \(rate(counts.splitBySums)), left null \(rate(counts.leftNull)); "
              + "\(readBySums) table 三 rows with several splits read")
    }

    /// How many ways a table 三 row's printed figures split into seven cells, the row alone.
    private static func splitsAlone(_ report: SyntheticReport, _ row: RequestRow) -> Int {
        let catalog = FieldCatalog.standard
        let cells = ApplicantColumn.printed.compactMap { report.printed[catalog.requests(row, $0)]?.intValue }
        guard cells.count == 7 else { return 0 }
        return GluedSplits.count(GluedRun(cells.map(String.init).joined()), into: 7, limit: 100)
    }
}
