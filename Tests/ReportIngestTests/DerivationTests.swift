import XCTest
import ReportModel
@testable import ReportIngest

/// Derived fields and checks, on records filled by hand (origin table, as the extraction would).
final class DerivationTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func set(_ record: inout ReportRecord, _ row: RequestRow, _ values: [Int?]) {
        for (column, value) in zip(ApplicantColumn.printed, values) {
            record.set(catalog.requests(row, column), value.map(Value.integer) ?? .null, line: 1, origin: .table)
        }
    }

    private func setReview(_ record: inout ReportRecord, _ block: ReviewBlock, _ values: [Int]) {
        for (outcome, value) in zip(ReviewOutcome.allCases, values) {
            record.set(catalog.review(block, outcome), .integer(value), line: 1, origin: .table)
        }
    }

    /// A complete, consistent table 三: 3 natural-person requests, 1 business, one carried out.
    private func consistentRecord() -> ReportRecord {
        var r = ReportRecord()
        for row in RequestRow.printed { set(&r, row, [0, 0, 0, 0, 0, 0, 0]) }
        set(&r, .new, [3, 1, 0, 0, 0, 0, 4])
        set(&r, .carriedIn, [1, 0, 0, 0, 0, 0, 1])
        set(&r, .granted, [2, 0, 0, 0, 0, 0, 2])
        set(&r, .partial, [1, 0, 0, 0, 0, 0, 1])
        set(&r, .deniedThirdParty, [0, 1, 0, 0, 0, 0, 1])
        set(&r, .processed, [3, 1, 0, 0, 0, 0, 4])
        set(&r, .carriedOut, [1, 0, 0, 0, 0, 0, 1])
        setReview(&r, .review, [1, 1, 0, 2, 4])
        setReview(&r, .litigationDirect, [0, 1, 0, 0, 1])
        setReview(&r, .litigationAfterReview, [1, 0, 0, 0, 1])
        return r
    }

    func testGroupRowsOrgReceivedAndLitigation() {
        var r = consistentRecord()
        Derivation.apply(to: &r)
        XCTAssertEqual(r["requests.denied.business"], .integer(1))
        XCTAssertEqual(r["requests.denied"], .integer(1))
        XCTAssertEqual(r["requests.unavailable"], .integer(0))
        XCTAssertEqual(r["requests.denied.org"], .integer(1))
        XCTAssertEqual(r["requests.new.org"], .integer(1))
        XCTAssertEqual(r["requests.received"], .integer(5))
        XCTAssertEqual(r["requests.received.natural"], .integer(4))
        XCTAssertEqual(r["litigation.upheld"], .integer(1))
        XCTAssertEqual(r["litigation.total"], .integer(2))
        XCTAssertEqual(r.source(of: catalog.id("requests.received.total")), Provenance(line: 0, origin: .derived))
    }

    func testRates() {
        var r = consistentRecord()
        Derivation.apply(to: &r)
        XCTAssertEqual(r["rate.granted"], .decimal(0.5))
        XCTAssertEqual(r["rate.disclosed"], .decimal(0.75))
        XCTAssertEqual(r["review.correction_rate"], .decimal(0.5))
        XCTAssertEqual(r["litigation.correction_rate"], .decimal(0.5))
    }

    func testRatesAreNullWithoutADenominator() {
        var r = ReportRecord()
        set(&r, .granted, [0, 0, 0, 0, 0, 0, 0])
        set(&r, .processed, [0, 0, 0, 0, 0, 0, 0])
        setReview(&r, .review, [0, 0, 0, 0, 0])
        Derivation.apply(to: &r)
        XCTAssertEqual(r["rate.granted"], .null)
        XCTAssertEqual(r["rate.disclosed"], .null)
        XCTAssertEqual(r["review.correction_rate"], .null)
        XCTAssertEqual(r["litigation.correction_rate"], .null)
    }

    func testAllChecksHold() {
        var r = consistentRecord()
        Derivation.apply(to: &r)
        for name in ["check.balance", "check.rows", "check.processed", "check.review", "check.ok"] {
            XCTAssertEqual(r[name], .bool(true), name)
        }
        XCTAssertEqual(r.warningList, [])
    }

    /// Inconsistent sums are reported (false and a warning), never corrected.
    func testFailingChecksWarnAndKeepTheFigures() {
        var r = consistentRecord()
        set(&r, .carriedOut, [2, 0, 0, 0, 0, 0, 1])
        setReview(&r, .litigationDirect, [0, 1, 0, 0, 3])
        Derivation.apply(to: &r)
        XCTAssertEqual(r["check.balance"], .bool(false))
        XCTAssertEqual(r["check.rows"], .bool(false))
        XCTAssertEqual(r["check.processed"], .bool(true))
        XCTAssertEqual(r["check.review"], .bool(false))
        XCTAssertEqual(r["check.ok"], .bool(false))
        XCTAssertEqual(r["requests.carried_out.natural"], .integer(2))
        XCTAssertTrue(r.warningList.contains { $0.hasPrefix("check.balance fails:") && $0.contains("natural") })
        XCTAssertTrue(r.warningList.contains { $0.hasPrefix("check.review fails:") && $0.contains("litigation.direct") })
    }

    /// A check is made over what can be checked and is null when nothing can.
    func testChecksSkipNullCellsAndAreNullWhenNothingIsChecked() {
        var r = ReportRecord()
        Derivation.apply(to: &r)
        for name in ["check.balance", "check.rows", "check.processed", "check.review", "check.ok"] {
            XCTAssertEqual(r[name], .null, name)
        }
        var partial = ReportRecord()
        set(&partial, .new, [1, 0, 0, 0, 0, 0, 1])
        set(&partial, .carriedIn, [0, 0, 0, 0, 0, 0, 0])
        set(&partial, .processed, [1, 0, 0, 0, 0, 0, nil])
        set(&partial, .carriedOut, [0, 0, 0, 0, 0, 0, 0])
        Derivation.apply(to: &partial)
        XCTAssertEqual(partial["check.balance"], .bool(true))
        XCTAssertEqual(partial["check.rows"], .bool(true))
        XCTAssertEqual(partial["check.processed"], .null)
        XCTAssertEqual(partial["check.ok"], .bool(true))
        XCTAssertEqual(partial["requests.received.total"], .integer(1))
        XCTAssertEqual(partial["requests.processed.org"], .integer(0))
    }

    /// A group row is derived only when all its sub-rows are there.
    func testGroupRowNeedsEverySubRow() {
        var r = ReportRecord()
        set(&r, .deniedStateSecret, [1, 0, 0, 0, 0, 0, 1])
        Derivation.apply(to: &r)
        XCTAssertEqual(r["requests.denied"], .null)
    }

    /// 2019: the single （六）其他处理 row read from the table is kept and used by the checks.
    func testSingleOtherHandlingOf2019IsKept() {
        var r = ReportRecord()
        for row in RequestRow.printed where !RequestRow.otherHandling.children.contains(row) {
            set(&r, row, [0, 0, 0, 0, 0, 0, 0])
        }
        set(&r, .otherHandling, [2, 0, 0, 0, 0, 0, 2])
        set(&r, .new, [2, 0, 0, 0, 0, 0, 2])
        set(&r, .processed, [2, 0, 0, 0, 0, 0, 2])
        Derivation.apply(to: &r)
        XCTAssertEqual(r["requests.other_handling"], .integer(2))
        XCTAssertEqual(r.source(of: catalog.id("requests.other_handling.total"))?.origin, .table)
        XCTAssertEqual(r["check.processed"], .bool(true))
        XCTAssertEqual(r["check.balance"], .bool(true))
        XCTAssertEqual(r["check.rows"], .bool(true))
    }

    /// Running the derivation twice gives the same record.
    func testIdempotent() {
        var once = consistentRecord()
        Derivation.apply(to: &once)
        var twice = once
        Derivation.apply(to: &twice)
        XCTAssertEqual(once.values, twice.values)
        XCTAssertEqual(once.warningList, twice.warningList)
    }
}
