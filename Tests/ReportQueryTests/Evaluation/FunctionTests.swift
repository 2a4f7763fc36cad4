import XCTest
import ReportModel
@testable import ReportQuery

/// Every function of the language over the fixture corpus.
final class FunctionTests: QueryTestCase {
    func testCounts() {
        XCTAssertEqual(rows("select count(*), count(province), count(distinct province), count(distinct year), COUNT(distinct check.ok)"),
                       [[.integer(5), .integer(4), .integer(3), .integer(3), .integer(2)]])
        XCTAssertEqual(value("select count(distinct proactive.fees)"), .integer(3))
    }

    func testSumAvgMinMax() {
        XCTAssertEqual(rows("select sum(requests.new), sum(proactive.fees), avg(proactive.fees), min(agency), max(agency), min(check.ok), max(check.ok), max(year)"), [[
            .integer(42), .decimal(16.5), .decimal(5.5), .text("上海市教育委员会"), .text("济南市济阳区工业和信息化局"),
            .bool(false), .bool(true), .integer(2023),
        ]])
    }

    func testMedianAndPercentile() {
        // requests.new: 10, 0, null, 25, 7 → sorted 0, 7, 10, 25
        XCTAssertEqual(rows("select median(requests.new), percentile(requests.new, 0), percentile(requests.new, 100), percentile(requests.new, 25)"),
                       [[.decimal(8.5), .decimal(0), .decimal(25), .decimal(5.25)]])
        XCTAssertEqual(value("select median(proactive.fees)"), .decimal(3.25))
    }

    func testCoalesce() {
        XCTAssertEqual(column("select coalesce(requests.new.natural, requests.new, -1)"),
                       [.integer(6), .integer(0), .integer(-1), .integer(20), .integer(7)])
        XCTAssertEqual(column("select coalesce(province, '(none)')").last, .text("(none)"))
        XCTAssertEqual(column("select coalesce(proactive.fees, year)"),
                       [.decimal(12.5), .decimal(2021), .decimal(3.25), .decimal(0.75), .null])
    }

    func testRound() {
        XCTAssertEqual(column("select round(proactive.fees)"), [.decimal(13), .null, .decimal(3), .decimal(1), .null])
        XCTAssertEqual(column("select round(proactive.fees, 1)"), [.decimal(12.5), .null, .decimal(3.3), .decimal(0.8), .null])
        XCTAssertEqual(rows("select round(1234, -2), round(-1250, -2), round(5, 3), round(-2.5), round(7, -30) limit 1"),
                       [[.integer(1200), .integer(-1300), .integer(5), .decimal(-3), .integer(0)]])
    }

    func testAbsAndLength() {
        XCTAssertEqual(rows("select abs(-5), abs(-2.5), abs(0) limit 1"), [[.integer(5), .decimal(2.5), .integer(0)]])
        XCTAssertEqual(column("select length(agency)"), Fixtures.rows.map { .integer($0.agency.count) })
        XCTAssertEqual(value("select length('') limit 1"), .integer(0))
    }

    func testRatio() {
        XCTAssertEqual(rows("select ratio(5, 2), ratio(5, 0), ratio(null, 1), ratio(1, null) limit 1"),
                       [[.decimal(2.5), .null, .null, .null]])
        XCTAssertEqual(value("select ratio(sum(requests.new.natural), sum(requests.new))"), .decimal(26.0 / 42))
    }

    func testSource() {
        XCTAssertEqual(column("select source(requests.new)"), [
            .text("corpus/r1.txt:30 (table)"), .text("corpus/r2.txt:30 (table)"), .null, .text("corpus/r4.txt:30 (table)"),
            .text("corpus/r5.txt:30 (table)"),
        ])
        XCTAssertEqual(column("select source(机关)").first, .text("corpus/r1.txt:1 (narrative)"))
        XCTAssertEqual(column("select source(check.ok)"), [.text("corpus/r1.txt (derived)"), .text("corpus/r2.txt (derived)"),
                                                           .null, .text("corpus/r4.txt (derived)"), .null])
        XCTAssertEqual(rows("select source(requests.new), count(*) group by source(requests.new) having count(*) > 0 limit 1"),
                       [[.text("corpus/r1.txt:30 (table)"), .integer(1)]])
    }

    func testTextMatching() {
        XCTAssertEqual(column("select id where agency like '济南市%'"), [.text("r1"), .text("r4")])
        XCTAssertEqual(column("select id where agency like '%局'"), [.text("r1"), .text("r2"), .text("r4")])
        XCTAssertEqual(column("select id where agency like '北京市__局'"), [.text("r2")])
        XCTAssertEqual(column("select id where agency like '北京市_局'"), [])
        XCTAssertEqual(column("select id where agency not like '%局'"), [.text("r3"), .text("r5")])
        XCTAssertEqual(column("select id where agency like '%'"), Fixtures.rows.map { .text($0.id) })
        XCTAssertEqual(column("select id where agency ~ '济南'"), [.text("r1"), .text("r4")])
        XCTAssertEqual(column("select id where province ~ ''"), [.text("r1"), .text("r2"), .text("r3"), .text("r4")])
        XCTAssertEqual(column("select id where agency ~ province"), [.text("r2"), .text("r3")])
        XCTAssertEqual(column("select id where agency like agency"), Fixtures.rows.map { .text($0.id) })
    }

    func testTextComparison() {
        XCTAssertEqual(column("select id where province = '山东省'"), [.text("r1"), .text("r4")])
        XCTAssertEqual(column("select id where province < '北'"), [.text("r3")])
        XCTAssertEqual(column("select id where \"山东省\" = province"), [.text("r1"), .text("r4")])
    }

    func testArithmetic() {
        XCTAssertEqual(rows("select 1 + 2 * 3, (1 + 2) * 3, -year, year * 1.5, 10 - 2.5, 2 - 3 where id = 'r1'"),
                       [[.integer(7), .integer(9), .integer(-2022), .decimal(3033), .decimal(7.5), .integer(-1)]])
    }

    func testOverflowIsAnErrorNotAWrongNumber() {
        XCTAssertEqual(error("select 9223372036854775807 + 1")?.message,
                       "number too large: the result does not fit in a 64-bit integer")
        XCTAssertEqual(error("select 9223372036854775807 * year")?.range, SourceRange(start: 7, end: 33))
        XCTAssertEqual(error("select sum(9223372036854775807 + 0 * year)")?.message,
                       "number too large: the sum does not fit in a 64-bit integer")
        XCTAssertEqual(error("select 1e308 * 10")?.message, "number too large: the result is not a finite decimal")
        XCTAssertEqual(error("select abs(-9223372036854775807 - 1)")?.message,
                       "number too large: the result does not fit in a 64-bit integer")
    }
}
