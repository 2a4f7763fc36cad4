import XCTest
import ReportModel
@testable import ReportQuery

/// SQL null semantics over the fixture corpus (see Fixtures for the table).
final class NullSemanticsTests: QueryTestCase {
    private func ids(_ condition: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        column("select id where \(condition)", file: file, line: line).map { $0.textValue ?? "?" }
    }

    func testComparisonsWithNullAreNotTrue() {
        XCTAssertEqual(ids("requests.new > 5"), ["r1", "r4", "r5"])
        XCTAssertEqual(ids("not (requests.new > 5)"), ["r2"])
        XCTAssertEqual(ids("requests.new = null"), [])
        XCTAssertEqual(ids("requests.new != null"), [])
        XCTAssertEqual(value("select null = null limit 1"), .null)
    }

    func testIsNull() {
        XCTAssertEqual(ids("requests.new is null"), ["r3"])
        XCTAssertEqual(ids("requests.new is not null"), ["r1", "r2", "r4", "r5"])
        XCTAssertEqual(ids("null is null and province is null"), ["r5"])
    }

    func testThreeValuedLogic() {
        XCTAssertEqual(column("select check.ok and requests.new > 5"), [.bool(true), .bool(false), .null, .bool(true), .null])
        XCTAssertEqual(column("select check.ok or requests.new > 5"), [.bool(true), .bool(false), .null, .bool(true), .bool(true)])
        XCTAssertEqual(column("select not check.ok"), [.bool(false), .bool(true), .null, .bool(false), .null])
        XCTAssertEqual(value("select false and null limit 1"), .bool(false))
        XCTAssertEqual(value("select true or null limit 1"), .bool(true))
        XCTAssertEqual(value("select true and null limit 1"), .null)
        XCTAssertEqual(ids("requests.new > 20 or check.ok"), ["r1", "r4"])
    }

    func testInListsWithNull() {
        XCTAssertEqual(ids("requests.new in (0, 7)"), ["r2", "r5"])
        XCTAssertEqual(ids("requests.new not in (0, 7)"), ["r1", "r4"])
        XCTAssertEqual(ids("requests.new not in (0, null)"), [])
        XCTAssertEqual(column("select requests.new in (10, null)"), [.bool(true), .null, .null, .null, .null])
        XCTAssertEqual(ids("requests.new in (requests.new.natural, 25)"), ["r2", "r4"])
        XCTAssertEqual(ids("year in (2021.0, 2023)"), ["r2", "r4"])
    }

    func testBetween() {
        XCTAssertEqual(ids("year between 2022 and 2023"), ["r1", "r3", "r4"])
        XCTAssertEqual(ids("year not between 2022 and 2023"), ["r2"])
        XCTAssertEqual(ids("proactive.fees between 1 and 5"), ["r3"])
    }

    func testAggregatesSkipNulls() {
        XCTAssertEqual(rows("select sum(requests.new.natural), count(requests.new.natural), count(*)"),
                       [[.integer(26), .integer(3), .integer(5)]])
        XCTAssertEqual(value("select avg(requests.new.natural)").doubleValue ?? 0, 26.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(value("select min(requests.new)"), .integer(0))
        XCTAssertEqual(value("select max(proactive.fees)"), .decimal(12.5))
    }

    func testAggregatesOverNothingOrOnlyNulls() {
        XCTAssertEqual(rows("select sum(requests.new), count(requests.new), avg(requests.new), min(requests.new), count(*) where requests.new is null"),
                       [[.null, .integer(0), .null, .null, .integer(1)]])
        XCTAssertEqual(rows("select count(*), sum(year), avg(year), max(agency), median(year) where year > 3000"),
                       [[.integer(0), .null, .null, .null, .null]])
        XCTAssertEqual(rows("select province, sum(requests.new.natural) group by province"), [
            [.text("上海市"), .null], [.text("北京市"), .integer(0)], [.text("山东省"), .integer(26)], [.null, .null],
        ])
    }

    func testDivision() {
        XCTAssertEqual(column("select requests.new / requests.new.natural"),
                       [.decimal(10.0 / 6), .null, .null, .decimal(1.25), .null])
        XCTAssertEqual(value("select 7 / 2 limit 1"), .decimal(3.5))
        XCTAssertEqual(value("select 1 / 0 limit 1"), .null)
        XCTAssertEqual(value("select 1.5 / 0.0 limit 1"), .null)
        XCTAssertEqual(column("select ratio(requests.new.natural, requests.new)"),
                       [.decimal(0.6), .null, .null, .decimal(0.8), .null])
    }

    func testNullsPropagateThroughArithmeticAndFunctions() {
        XCTAssertEqual(column("select requests.new + 1"), [.integer(11), .integer(1), .null, .integer(26), .integer(8)])
        XCTAssertEqual(column("select year - null"), Array(repeating: .null, count: 5))
        XCTAssertEqual(column("select length(province)"), [.integer(3), .integer(3), .integer(3), .integer(3), .null])
        XCTAssertEqual(column("select abs(requests.new.natural - 10)"), [.integer(4), .integer(10), .null, .integer(10), .null])
    }
}
