import XCTest
import ReportModel
@testable import ReportIngest

/// The yardstick for every parser change: every real report of Fixtures/real/ parsed by the real parser
/// and compared, field by field, with its hand-typed labels (see `RealReportScore` for wrong / missed,
/// precision and recall; SOURCES.md for where each report comes from).
///
/// A ratchet: the wrong values must be exactly `knownWrong` and recall at least `recallFloor`. When a
/// parser change fixes an entry, this test fails until the entry is removed (and the floor raised); when
/// it breaks a value, it fails until the parser is fixed. The goal is an empty `knownWrong`.
final class RealReportSetTests: XCTestCase {
    /// Wrong values the parser gives today, as `fixture field: label L, parser P`; the `tables` and
    /// `identity` engineers' to fix.
    static let knownWrong: Set<String> = [
    ]

    /// Recall (labelled values with a value that the parser gets) over the whole set, in per mille.
    static let recallFloor = 977

    /// Sums that the reports themselves break (the labels keep what they print; SOURCES.md says more).
    static let printedInconsistencies: Set<String> = [
    ]

    private func scores() throws -> [RealReportScore] {
        let fixtures = try RealReportSet.fixtures()
        XCTAssertFalse(fixtures.isEmpty, "no labelled reports in \(RealReportSet.directory.path)")
        return try fixtures.map { fixture in
            RealReportScore(fixture: fixture.name, labels: fixture.labels, record: try RealReportSet.record(fixture))
        }
    }

    func testWrongValuesAreExactlyTheKnownListAndRecallHoldsItsFloor() throws {
        let scores = try scores()
        let wrong = scores.flatMap(\.wrong).sorted()
        let missed = scores.flatMap(\.missed).sorted()
        let valued = scores.reduce(0) { $0 + $1.valued }
        let valuedCorrect = scores.reduce(0) { $0 + $1.valuedCorrect }
        let correct = scores.reduce(0) { $0 + $1.correct }
        let precision = correct + wrong.count == 0 ? 1 : Double(correct) / Double(correct + wrong.count)
        let recall = valued == 0 ? 1 : Double(valuedCorrect) / Double(valued)
        print("real report set: \(scores.count) reports")
        scores.forEach { print("  " + $0.line) }
        print("  overall: \(correct + wrong.count + missed.count) labelled (\(valued) with a value), \(wrong.count) wrong, "
              + "\(missed.count) missed, precision \(RealReportScore.percent(precision)), recall \(RealReportScore.percent(recall))")
        wrong.forEach { print("  wrong: \($0)") }
        missed.forEach { print("  missed: \($0)") }

        let found = Set(wrong.map(\.description))
        let fixed = Self.knownWrong.subtracting(found).sorted()
        let new = found.subtracting(Self.knownWrong).sorted()
        XCTAssertEqual(fixed, [], "no longer wrong: remove these from knownWrong")
        XCTAssertEqual(new, [], "new wrong values: fix the parser (never add to knownWrong to get green)")
        XCTAssertGreaterThanOrEqual(Int((recall * 1000).rounded(.down)), Self.recallFloor, "recall fell below its floor")
    }

    /// The labels themselves satisfy the template's sums, except where the report prints figures that do not.
    func testLabelsSatisfyTheOfficialSums() throws {
        var breaks: Set<String> = []
        for fixture in try RealReportSet.fixtures() {
            RealLabelSums.breaks(fixture.labels).forEach { breaks.insert("\(fixture.name) \($0)") }
        }
        XCTAssertEqual(breaks.subtracting(Self.printedInconsistencies).sorted(), [], "a label breaks a sum: check it against the report")
        XCTAssertEqual(Self.printedInconsistencies.subtracting(breaks).sorted(), [], "listed as a printed inconsistency but the labels add up")
    }

    /// Every labels file names the reporting year and uses only fields of the catalog. (Agency and region
    /// are left out only where the file gives no way to know them; SOURCES.md says so.)
    func testLabelsUseCatalogFieldsAndNameTheYear() throws {
        for fixture in try RealReportSet.fixtures() {
            XCTAssertNotNil(fixture.labels["year"], "\(fixture.name): no label for year")
            for field in fixture.labels.keys {
                XCTAssertNotNil(FieldCatalog.standard.lookup(field), "\(fixture.name): \(field) is not a catalog field")
            }
        }
    }
}
