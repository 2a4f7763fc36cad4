import XCTest
import ReportModel
@testable import ReportQuery

/// `prev(x)` / `next(x)`: the same body's report of the year before / after, worked out by hand
/// from `RelationalFixtures`.
final class NeighborTests: OracleTestCase {
    func testPrevAndNextByHand() {
        let result = rows("select id, prev(requests.new), next(requests.new), prev(year) from reports order by id")
        let expected: [String: [Value]] = [
            "a1": [.null, .integer(14), .null],          // no 2020 report
            "a2": [.integer(10), .null, .integer(2021)], // a3's requests.new is null
            "a3": [.integer(14), .null, .integer(2022)],
            "b1": [.null, .null, .null],                 // 乙局 has no 2022 report: null, where lead would give 2023's
            "b2": [.null, .null, .null],
            "c1": [.null, .integer(7), .null],
            "c2": [.integer(7), .null, .integer(2022)],
            "d1": [.null, .null, .null],                 // two 2022 reports of 丁局: which one is unknown
            "d2": [.null, .null, .null],
            "d3": [.null, .null, .null],
            "e1": [.null, .null, .null],                 // no year
            "f1": [.null, .null, .null],                 // no agency
        ]
        XCTAssertEqual(result.count, 12)
        for row in result {
            guard case .text(let id) = row[0] else { return XCTFail("id") }
            XCTAssertEqual(Array(row.dropFirst()), expected[id], id)
        }
    }

    func testPrevDiffersFromLagWhereAYearIsMissing() {
        let result = rows("select id, prev(new), lag(new) over (partition by agency order by year) from t where agency = '乙局' order by id")
        XCTAssertEqual(result, [[.text("b1"), .null, .null], [.text("b2"), .null, .integer(14)]])
    }

    func testPrevMatchesTheSelfJoinWhereEachYearHasOneReport() {
        assertSame("select r.id, p.new from t r left join t p on p.agency = r.agency and p.year = r.year - 1 where r.agency != '丁局' order by r.id",
                   gongkai: "select id, prev(new) from t where agency != '丁局' order by id")
    }

    func testPrevSeesRowsTheFilterDrops() {
        // where keeps 2023 only; prev still reads 2022.
        XCTAssertEqual(rows("select id, new - prev(new) from t where year = 2023 and agency = '丙局'"), [[.text("c2"), .integer(0)]])
        XCTAssertEqual(rows("select sum(prev(new)) from t where year = 2023"), [[.integer(21)]], "a3 ← 14, c2 ← 7")
    }

    func testPrevErrors() throws {
        let view = try XCTUnwrap(failure("select prev(n) from (select count(*) as n from t)"))
        XCTAssertTrue(view.message.contains("agency and year"), view.message)
        let join = try XCTUnwrap(failure("select prev(r.new) from t r join t p on r.id = p.id"))
        XCTAssertTrue(join.message.contains("join"), join.message)
    }
}
