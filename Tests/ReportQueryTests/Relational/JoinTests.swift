import XCTest
import ReportModel
@testable import ReportQuery

/// Joins against SQLite over the same rows (`RelationalFixtures`), and their errors.
final class JoinTests: OracleTestCase {
    func testSelfJoinOnAgencyAndTheYearBefore() {
        assertSame("select r.id, p.id, r.new - p.new from t r join t p on p.agency = r.agency and p.year = r.year - 1 order by r.id, p.id")
    }

    func testLeftJoinKeepsRowsWithoutMatchWithNulls() {
        let sql = "select r.id, p.id, p.new from t r left join t p on p.agency = r.agency and p.year = r.year - 1 order by r.id, p.id"
        assertSame(sql + " nulls last", gongkai: sql)
        // By hand: a1 has no 2020 report, d3 matches both 2022 reports of 丁局, f1 (no agency) matches nothing.
        let rows = self.rows(sql)
        XCTAssertEqual(rows.count, 13)
        XCTAssertEqual(rows.filter { $0[0] == .text("d3") }.map { $0[1] }, [.text("d1"), .text("d2")])
        XCTAssertEqual(rows.first { $0[0] == .text("f1") }?[1], .null)
    }

    func testResidualConditionOnLeftJoinIsPartOfTheMatch() {
        let sql = "select r.id, p.id from t r left join t p on p.agency = r.agency and p.year > r.year and p.new > 5 order by r.id, p.id"
        assertSame(sql + " nulls last", gongkai: sql)
    }

    func testUsingMergesTheColumn() {
        assertSame("select agency, r.year, p.year from t r join t p using (agency) where r.year < p.year order by 1, 2, 3")
        XCTAssertEqual(rows("select count(*) from t r join t p using (agency, year)"), [[.integer(12)]],
                       "10 reports with agency and year, 丁局 2022 twice: 8 + 4 pairs")
    }

    func testJoinWithSubqueryAndGroupedResult() {
        assertSame("select r.id, s.n from t r join (select agency, count(*) as n from t group by agency) s on s.agency = r.agency order by r.id")
        assertSame("select r.province, count(*), sum(p.new) from t r join t p on p.agency = r.agency and p.year = r.year - 1 group by r.province order by 1")
    }

    func testCrossAndCommaJoins() {
        assertSame("select count(*) from t a cross join t b")
        assertSame("select a.id, b.id from t a, t b where a.id = b.id and a.year = 2021 order by 1")
    }

    func testCorpusFieldsQualifiedByAlias() {
        assertSame("select r.id, p.new from t r join t p on p.agency = r.agency and p.year = r.year + 1 order by 1, 2",
                   gongkai: "select r.id, p.requests.new.total from reports r join reports p on p.agency = r.agency and p.year = r.year + 1 order by 1, 2")
        // A Chinese alias and a row path, qualified; a field shared by both sides is ambiguous unqualified.
        XCTAssertEqual(rows("select p.本年新收 from reports r join reports p on p.agency = r.agency and p.year = r.year + 1 where r.id = 'a1'"),
                       [[.integer(14)]])
        XCTAssertEqual(rows("select count(*) from reports r join t on t.agency = r.agency where r.year = 2021"), [[.integer(5)]])
    }

    func testAmbiguousColumnListsBothTables() throws {
        let error = try XCTUnwrap(failure("select agency from t r join t p on p.agency = r.agency"))
        XCTAssertTrue(error.message.contains("r.agency") && error.message.contains("p.agency"), error.message)
        XCTAssertEqual(error.marked, "agency")
        let chinese = try XCTUnwrap(failure("select 机关 from reports r join reports p on p.agency = r.agency"))
        XCTAssertEqual(chinese.marked, "机关")
        XCTAssertTrue(chinese.message.contains("ambiguous"))
    }

    func testAliasRuleForDottedNames() throws {
        // `r` is declared, so `r.nothing` is a missing field of r; `requests.new` is a field (no alias `requests`).
        let error = try XCTUnwrap(failure("select r.nothing from reports r"))
        XCTAssertTrue(error.message.contains("nothing") && error.message.contains("'r'"), error.message)
        XCTAssertEqual(rows("select r.requests.new, requests.new from reports r where r.id = 'a2'"), [[.integer(14), .integer(14)]])
        let twice = try XCTUnwrap(failure("select 1 from reports join reports on reports.id = reports.id"))
        XCTAssertTrue(twice.message.contains("two tables"), twice.message)
    }

    func testJoinSyntaxErrors() throws {
        XCTAssertTrue(try XCTUnwrap(failure("select 1 from t r join t p")).message.contains("'on' or 'using'"))
        XCTAssertTrue(try XCTUnwrap(failure("select 1 from t r right join t p on r.id = p.id")).message.contains("not supported"))
        XCTAssertEqual(try XCTUnwrap(failure("select 1 from t r join nosuch p on r.id = p.id")).marked, "nosuch")
    }

    func testAStarInAJoinIsEveryFieldOfEachTable() throws {
        let fields = FieldCatalog.standard.fields.map(\.name)
        let join = "from reports r join reports p on p.agency = r.agency and p.year = r.year - 1 where r.id = 'a2'"
        let one = try database.query("select p.* " + join)
        XCTAssertEqual(one.columns.map(\.name), fields)
        // p of a2 (甲局 2022) is a1 (甲局 2021): the same values as a1's own `select *`.
        XCTAssertEqual(one.rows, try database.query("select * where id = 'a1'").rows)
        XCTAssertEqual(try database.query("select * " + join).columns.count, 2 * fields.count)
        XCTAssertEqual(try database.query("select r.headline.*, p.year " + join).columns.map(\.name),
                       FieldCatalog.standard.headline.map(\.name) + ["p.year"])
        XCTAssertEqual(try database.query("select headline.* " + join).columns.count, 2 * FieldCatalog.standard.headline.count)
        // using (agency): the right-hand agency is left out of `*`, as in SQL.
        XCTAssertEqual(try database.query("select * from t r join t p using (agency)").columns.count, 2 * 8 - 1)
    }

    func testNullKeysMatchNothing() {
        // f1 has no agency: it joins no row, not even itself.
        XCTAssertEqual(rows("select count(*) from t r join t p on p.agency = r.agency where r.id = 'f1'"), [[.integer(0)]])
    }
}
