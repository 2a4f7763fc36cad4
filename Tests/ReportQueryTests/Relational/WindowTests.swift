import XCTest
import ReportModel
@testable import ReportQuery

/// Window functions against SQLite over the same rows (ties in rank, nulls in lag), and their errors.
/// gongkai sorts nulls last in both directions; the SQLite texts say `nulls last` where they differ.
final class WindowTests: OracleTestCase {
    func testRankingWithTies() {
        assertSame("""
            select id, rank() over (partition by province order by new desc), dense_rank() over (partition by province order by new desc), \
            row_number() over (partition by province order by new desc, id), percent_rank() over (partition by province order by new desc), \
            cume_dist() over (partition by province order by new desc) from t order by id
            """)
        assertSame("select id, rank() over (order by new desc), dense_rank() over (order by new desc) from t order by id")
    }

    func testNtile() {
        assertSame("select id, ntile(5) over (order by id), ntile(3) over (partition by province order by id), ntile(20) over (order by id) from t order by id")
    }

    func testLagAndLeadWithNullsAndDefaults() {
        let order = "over (partition by agency order by year, id)"
        assertSame("select id, lag(new) \(order), lag(new, 2) \(order), lag(new, 1, -1) \(order), lead(fees) \(order), lead(fees, 1, 0) \(order), lag(new, 0) \(order) from t order by id")
    }

    func testFirstAndLastValueWithFrames() {
        assertSame("""
            select id, first_value(new) over (partition by province order by year, id), last_value(new) over (partition by province order by year, id), \
            last_value(new) over (partition by province order by year), \
            last_value(id) over (partition by province order by year, id rows between current row and unbounded following), \
            first_value(fees) over (order by id rows between 2 preceding and 1 preceding) from t order by id
            """)
    }

    func testAggregatesOverWindows() {
        assertSame("""
            select id, sum(new) over (partition by province), count(*) over (), count(new) over (partition by agency), \
            sum(new) over (partition by province order by year), avg(fees) over (partition by province), \
            min(new) over (partition by province order by year, id), max(agency) over (partition by year) from t order by id
            """)
        assertSame("""
            select id, sum(new) over (order by id rows between 1 preceding and 1 following), \
            avg(new) over (order by id rows between 2 preceding and current row), \
            count(new) over (order by id rows 3 preceding), max(fees) over (order by id rows between current row and 2 following), \
            sum(fees) over (order by id rows between unbounded preceding and 1 preceding) from t order by id
            """)
    }

    func testMedianAndPercentileOverWindowsByHand() {
        // 山东省's new: 10, 14, null, 14, 3 → median of 3, 10, 14, 14 = 12; 北京市's: 7, 7, 20, 21, 5 → 7.
        let result = rows("select id, median(new) over (partition by province), percentile(new, 100) over (partition by province) from t where province in ('山东省', '北京市') order by id")
        XCTAssertEqual(result.map { $0[1] }, [.decimal(12), .decimal(12), .decimal(12), .decimal(12), .decimal(12),
                                              .decimal(7), .decimal(7), .decimal(7), .decimal(7), .decimal(7)])
        XCTAssertEqual(result.first?[2], .decimal(14))
        // A running median: a1 alone 10, then a1 a2 → 12, then with null a3 still 12.
        XCTAssertEqual(rows("select median(new) over (order by id) from t where agency = '甲局' order by id").map { $0[0] },
                       [.decimal(10), .decimal(12), .decimal(12)])
    }

    func testWindowsInOrderByAndOuterQueryAndAfterGrouping() {
        assertSame("select id from t order by rank() over (order by new desc), id")
        assertSame("select id, r from (select id, rank() over (partition by province order by new desc) as r from t) where r = 1 order by id")
        assertSame("select province, sum(new), rank() over (order by sum(new) desc) from t group by province order by 3, 1 desc")
        assertSame("select province, count(*), sum(count(*)) over () from t group by province order by 1 desc")
        assertSame("select id, new, rank() over w from t window w as (order by new desc) order by id",
                   gongkai: "select id, new, rank() over (order by new desc) from t order by id")
    }

    func testWindowErrorsPointAtTheCall() throws {
        let inWhere = try XCTUnwrap(failure("select id from t where rank() over (order by new) = 1"))
        XCTAssertTrue(inWhere.message.contains("not allowed in where"), inWhere.message)
        XCTAssertEqual(inWhere.marked, "rank() over (order by new)")
        let viaAlias = try XCTUnwrap(failure("select id, rank() over (order by new) as r from t where r = 1"))
        XCTAssertTrue(viaAlias.message.contains("not allowed in where"), viaAlias.message)
        let grouped = try XCTUnwrap(failure("select province from t group by row_number() over ()"))
        XCTAssertTrue(grouped.message.contains("group by"), grouped.message)
        XCTAssertTrue(try XCTUnwrap(failure("select rank() from t")).message.contains("needs 'over"))
        XCTAssertTrue(try XCTUnwrap(failure("select ntile(0) over () from t")).message.contains("ntile"))
        XCTAssertTrue(try XCTUnwrap(failure("select coalesce(new) over () from t")).message.contains("not a window function"))
        XCTAssertTrue(try XCTUnwrap(failure("select sum(new) over (rows between current row and 1 preceding) from t")).message.contains("ends before"))
        XCTAssertTrue(try XCTUnwrap(failure("select rank() over (order by rank() over ()) from t")).message.contains("nested"))
    }

    func testSQLiteHasWindowFunctions() {
        // The oracle needs SQLite 3.30 or later (window functions, nulls last).
        let parts = RelationalOracle.version.split(separator: ".").compactMap { Int($0) }
        XCTAssertTrue(parts.count >= 2 && (parts[0] > 3 || parts[1] >= 30), RelationalOracle.version)
    }
}
