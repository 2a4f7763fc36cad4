import XCTest
import ReportModel
@testable import ReportQuery

/// distinct, set operations, subqueries, `with`, and a select without from, against SQLite.
final class QueryFormTests: OracleTestCase {
    func testDistinct() {
        assertSame("select distinct province from t order by province desc")
        assertSame("select distinct agency, year from t where year is not null order by year desc, agency desc")
        XCTAssertEqual(rows("select count(*) from (select distinct agency, province from t)"), [[.integer(6)]])
    }

    func testSetOperations() {
        assertSame("select agency from t where year = 2021 union select agency from t where year = 2023 order by 1 desc")
        assertSame("select agency from t where year = 2021 union all select agency from t where year = 2023 order by 1 desc")
        assertSame("select agency from t where year = 2022 intersect select agency from t where year = 2023 order by 1 desc")
        assertSame("select agency from t where year = 2023 except select agency from t where year = 2022 order by 1 desc")
        assertSame("select new from t union select fees from t order by 1 desc")
    }

    func testIntersectBindsTighterThanUnion() {
        // (2021 bodies) union ((2022 bodies) intersect (bodies with fees ≥ 4)): 甲局 乙局 丙局, as PostgreSQL reads it.
        let result = rows("select agency from t where year = 2021 union select agency from t where year = 2022 intersect select agency from t where fees >= 4 order by 1")
        XCTAssertEqual(Set(result.map { $0[0] }), [.text("甲局"), .text("乙局"), .text("丙局")])
    }

    func testSetOperationErrors() throws {
        let width = try XCTUnwrap(failure("select agency, year from t union select agency from t"))
        XCTAssertTrue(width.message.contains("same number of columns"), width.message)
        XCTAssertEqual(width.marked, "select agency from t")
        let types = try XCTUnwrap(failure("select agency from t union select year from t"))
        XCTAssertTrue(types.message.contains("column 1"), types.message)
    }

    func testSubqueries() {
        assertSame("select id, new - (select min(new) from t) from t order by id")
        assertSame("select id from t where agency in (select agency from t where year = 2021) order by id")
        assertSame("select id from t where new not in (select new from t where new is not null and agency = '乙局') order by id")
        assertSame("select count(*) from t where exists (select 1 from t where year = 2023)")
        assertSame("select count(*) from t where not exists (select 1 from t where year = 2030)")
        assertSame("select s.agency, s.n from (select agency, count(*) as n from t group by agency) s where s.n > 1 order by 1 desc")
        // A null among the values: `not in` is never true, as in SQL.
        XCTAssertEqual(rows("select id from t where new not in (select new from t where agency = '甲局')"), [])
        XCTAssertEqual(rows("select (select new from t where id = 'zz')"), [[.null]])
    }

    func testSubqueryErrors() throws {
        let many = try XCTUnwrap(failure("select (select id from t)"))
        XCTAssertTrue(many.message.contains("12 rows"), many.message)
        let wide = try XCTUnwrap(failure("select id from t where id in (select id, year from t)"))
        XCTAssertTrue(wide.message.contains("one column"), wide.message)
        let correlated = try XCTUnwrap(failure("select id from t r where exists (select 1 from t where t.year = r.year + 1)"))
        XCTAssertTrue(correlated.message.contains("outer query"), correlated.message)
        XCTAssertEqual(correlated.marked, "r.year")
    }

    func testCommonTables() {
        assertSame("with y as (select agency, year, new from t where year >= 2022) select agency, sum(new) from y group by agency order by 1 desc")
        assertSame("with a as (select agency, new from t), b as (select agency, sum(new) as s from a group by agency) select agency, s from b where s > 10 order by 1 desc")
        XCTAssertTrue(failure("with x as (select * from x) select * from x")?.message.contains("reads itself") ?? false)
    }

    func testSelectWithoutFromReturnsOneRow() {
        XCTAssertEqual(rows("select 1 + 1"), [[.integer(2)]])
        XCTAssertEqual(rows("select 'a', null, 2.5 * 2"), [[.text("a"), .null, .decimal(5)]])
        // Reading a field, or aggregating, still reads every report.
        XCTAssertEqual(rows("select count(*)"), [[.integer(12)]])
        XCTAssertEqual(rows("select 1 where year = 2021").count, 2)
    }

    func testAnItemAliasedAsAFieldStillReadsEveryReport() {
        // Found by RelationalFuzzTests: `select agency as agency` took `agency` for the alias, read one
        // row with no columns and trapped. In the select list and where a field is a field.
        let ids = RelationalFixtures.rows.map { Value.text($0.id) }
        XCTAssertEqual(rows("select id as id").map { $0[0] }, ids)
        XCTAssertEqual(rows("select year as agency where agency = '甲局'"), [[.integer(2021)], [.integer(2022)], [.integer(2023)]])
        // Where the alias wins (order by), a constant aliased as a field is still one row.
        XCTAssertEqual(rows("select 1 as agency order by agency"), [[.integer(1)]])
    }

    func testAWindowOverTheOneRowWithoutFieldOrFrom() {
        // Found by RelationalFuzzTests (seed 3): the window's column was placed after the corpus's
        // columns, which the one row has none of, and trapped. DuckDB and SQLite give one row, rank 1.
        assertSame("select rank() over (), row_number() over (order by 1), count(*) over ()")
        XCTAssertEqual(rows("select rank() over () as agency intersect select year - 2020 as agency from t r order by 1"), [[.integer(1)]])
    }

    func testViewsMayJoinAndDropIsRefusedWhileAJoinReadsIt() throws {
        _ = try database.execute("create view pairs as select r.id as id, p.id as prior from t r join t p on p.agency = r.agency and p.year = r.year - 1")
        XCTAssertEqual(rows("select count(*) from pairs"), [[.integer(5)]])
        XCTAssertTrue(failure("drop view t")?.message.contains("pairs") ?? false)
    }
}
