import XCTest
import ReportModel
import ReportSynth
@testable import ReportIngest

/// The panel mode of the generator (`PanelGenerator`): the properties a panel must have, counted in the
/// test from the generated reports and the parser's own reading of them.
final class PanelGeneratorTests: XCTestCase {
    private func panel(_ count: Int, seed: UInt64 = 5) -> [SyntheticReport] {
        var generator = PanelGenerator(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }

    func testSameSeedSamePanel() {
        let (a, b, c) = (panel(40), panel(40), panel(40, seed: 6))
        XCTAssertEqual(a.map(\.text), b.map(\.text))
        XCTAssertEqual(a.map(\.fileName), b.map(\.fileName))
        XCTAssertNotEqual(a.map(\.text), c.map(\.text))
    }

    /// One report per body and year; bodies have several years, some years missing; many bodies.
    func testOneReportPerBodyYearOverSeveralYears() {
        let reports = panel(3_000)
        var years: [String: [Int]] = [:]
        for report in reports { years[report.agency.name, default: []].append(report.year) }
        XCTAssertEqual(Set(reports.map { "\($0.agency.name) \($0.year)" }).count, reports.count, "a body-year twice")
        XCTAssertGreaterThan(years.count, 400, "many distinct bodies")
        XCTAssertGreaterThan(Set(reports.map(\.agency.province)).count, 25, "bodies across China")
        let counts = years.values.map(\.count)
        XCTAssertGreaterThan(Double(reports.count) / Double(years.count), 4, "about five years per body")
        XCTAssertTrue(counts.contains(6), "some bodies have every year")
        XCTAssertTrue(years.values.contains { y in y.count < 6 && y.count > 1 && y.max()! - y.min()! + 1 > y.count },
                      "some bodies miss a year between two")
        for y in years.values { XCTAssertTrue(y.allSatisfy(PanelGenerator.years.contains)) }
        // Each body's years come one after another, in order.
        for (first, second) in zip(reports, reports.dropFirst()) where first.agency == second.agency {
            XCTAssertLessThan(first.year, second.year)
        }
    }

    /// Carried-in matches the year before's carried-out for most consecutive years, not for all; some
    /// reports are late (a department's deadline is 31 January).
    func testCarryOverAndLatenessHaveBothOutcomes() {
        let reports = panel(2_000)
        let carriedIn = FieldCatalog.standard.requests(.carriedIn, .total)
        var (match, mismatch) = (0, 0)
        for (before, now) in zip(reports, reports.dropFirst()) where before.agency == now.agency && before.year + 1 == now.year {
            guard case .integer(let total)? = now.expected[carriedIn] else { continue }
            if total == before.carriedOut.reduce(0, +) { match += 1 } else { mismatch += 1 }
        }
        XCTAssertGreaterThan(match, 10 * mismatch / 2, "mostly matching")
        XCTAssertGreaterThan(mismatch, 0)
        let late = reports.filter { $0["check.timely"] == .bool(false) }.count
        XCTAssertGreaterThan(late, reports.count / 25)
        XCTAssertLessThan(late, reports.count / 4)
    }

    /// The parser reads every report's body and year back as generated.
    func testParserReadsAgencyAndYearBack() throws {
        for (i, report) in panel(400, seed: 9).enumerated() {
            let record = ReportParser.parse(text: try SyntheticPipelineTests.canonicalText(report), file: report.fileName,
                                            id: "p\(i)")
            XCTAssertEqual(record["agency"], .text(report.agency.name), report.fileName)
            XCTAssertEqual(record["year"], .integer(report.year), report.fileName)
            XCTAssertEqual(record["province"], .text(report.agency.province), report.fileName)
        }
    }
}

/// A generated panel through the loader: the checks across years find what the generator put in.
final class PanelGeneratorLoadTests: XCTestCase {
    func testChecksFindWhatThePanelHolds() throws {
        let directory = try TextFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var generator = PanelGenerator(seed: 11)
        let reports = (0..<600).map { _ in generator.next() }
        for report in reports {
            try Data(report.text.utf8).write(to: directory.appendingPathComponent(report.fileName))
        }
        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(cache: .off))
        XCTAssertEqual(corpus.records.count, reports.count)
        let records = Dictionary(uniqueKeysWithValues: corpus.records.map { ($0.file.split(separator: "/").last.map(String.init) ?? "", $0) })
        var (copied, fresh, carried) = ([Double](), [Double](), 0)
        for (before, now) in zip(reports, reports.dropFirst()) where before.agency == now.agency && before.year + 1 == now.year {
            let record = try XCTUnwrap(records[now.fileName])
            let previous = try XCTUnwrap(records[before.fileName])
            XCTAssertEqual(record["panel.prev"], .text(previous.id), now.fileName)
            if case .decimal(let s) = record["similarity.prev"] { now.copiesProse ? copied.append(s) : fresh.append(s) }
            if case .bool(true) = record["check.carryover"] { carried += 1 }
        }
        XCTAssertGreaterThan(copied.count, 5)
        XCTAssertGreaterThan(fresh.count, 100)
        XCTAssertGreaterThanOrEqual(copied.min() ?? 0, 0.9, "a copy of last year's prose")
        XCTAssertLessThan(fresh.sorted()[fresh.count / 2], 0.6, "reports written afresh: the median well below a copy")
        XCTAssertLessThan(fresh.max() ?? 1, 0.9)
        XCTAssertGreaterThan(carried, 100)
    }
}
