import XCTest
import ReportModel
@testable import ReportQuery

/// `source(x)` through a join's alias: the file and line of the report the value came from
/// (`RowOrigin`). Every fixture value is on line 1 of `corpus/<id>.txt` (`RelationalFixtures`).
final class JoinSourceTests: OracleTestCase {
    func testSourceThroughEachAliasNamesThatReport() {
        let result = rows("""
            select r.id, source(r.requests.new.total), source(p.requests.new.total), source(p.本年新收) \
            from reports r left join reports p on p.agency = r.agency and p.year = r.year - 1 order by r.id
            """)
        let byID = Dictionary(result.map { ($0[0], Array($0.dropFirst())) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byID[.text("a2")], [.text("corpus/a2.txt:1 (table)"), .text("corpus/a1.txt:1 (table)"), .text("corpus/a1.txt:1 (table)")])
        // a3's own requests.new is null: no source; its p (a2) has one.
        XCTAssertEqual(byID[.text("a3")], [.null, .text("corpus/a2.txt:1 (table)"), .text("corpus/a2.txt:1 (table)")])
        // a1 has no report for 2020: the left join's missing side has no source.
        XCTAssertEqual(byID[.text("a1")], [.text("corpus/a1.txt:1 (table)"), .null, .null])
        // d3 pairs with both 2022 reports of 丁局, each its own.
        XCTAssertEqual(result.filter { $0[0] == .text("d3") }.map { $0[2] }, [.text("corpus/d1.txt:1 (table)"), .text("corpus/d2.txt:1 (table)")])
    }

    func testSourceThroughAJoinOfThreeTablesAndAfterAFilter() {
        let sql = """
            select a.id, source(c.year), source(b.year) from reports a join reports b on b.agency = a.agency and b.year = a.year + 1 \
            join reports c on c.agency = a.agency and c.year = a.year + 2 where a.province = '山东省' order by a.id
            """
        XCTAssertEqual(rows(sql), [[.text("a1"), .text("corpus/a3.txt:1 (table)"), .text("corpus/a2.txt:1 (table)")]])
        // Through a grouped query over the join: the source is a group key.
        XCTAssertEqual(rows("select source(p.year), count(*) from reports r join reports p using (agency) where r.id = 'c2' group by source(p.year) order by 1"),
                       [[.text("corpus/c1.txt:1 (table)"), .integer(1)], [.text("corpus/c2.txt:1 (table)"), .integer(1)]])
    }

    func testSourceOfAViewsColumnInAJoinIsAnError() throws {
        let error = try XCTUnwrap(failure("select source(p.new) from reports r join t p on p.id = r.id"))
        XCTAssertTrue(error.message.contains("column of a view"), error.message)
        XCTAssertEqual(error.marked, "p.new")
        let ambiguous = try XCTUnwrap(failure("select source(year) from reports r join reports p on p.id = r.id"))
        XCTAssertTrue(ambiguous.message.contains("ambiguous"), ambiguous.message)
        XCTAssertEqual(rows("select source(r.year) from reports r where r.id = 'b2'"), [[.text("corpus/b2.txt:1 (table)")]])
    }
}
