import XCTest
import ReportModel
@testable import ReportQuery

/// case, cast, nullif, greatest/least, `||`/concat, the text and date functions and `filter` over
/// `ExpressionFixtures` (nulls included), values worked out by hand; SQLiteOracleTests checks the
/// ones SQLite has against SQLite.
final class ExpressionFormsTests: QueryTestCase {
    override func setUp() {
        database = ExpressionFixtures.database()
    }

    func testCase() {
        XCTAssertEqual(column("select case when requests.new > 5 then 'many' when requests.new >= 0 then 'few' end"),
                       [.text("many"), .text("few"), .null, .text("many"), .text("many")])
        // Simple form: null never matches, not even `when null`; the results mix integer and decimal.
        XCTAssertEqual(column("select case check.ok when true then 1 when null then 2 else 0.5 end"),
                       [.decimal(1), .decimal(0.5), .decimal(0.5), .decimal(1), .decimal(0.5)])
        // No field and no from: one row (issue 15 item 5).
        XCTAssertEqual(column("select case when null then 1 end"), [.null])
        // A branch's value is computed only for the rows that take it: no conversion error for 'Ab…'.
        XCTAssertEqual(column("select case when agency ~ '市' then 0 else cast(substr(id, 2) as integer) end"),
                       [.integer(0), .integer(0), .integer(3), .integer(0), .integer(5)])
        XCTAssertEqual(rows("select level, sum(case when check.ok then 1 else 0 end), case when count(*) > 1 then 'n' end group by level"),
                       [[.text("city"), .integer(1), .null], [.text("county"), .integer(0), .text("n")],
                        [.text("province"), .integer(1), .text("n")]])
    }

    func testCast() {
        XCTAssertEqual(column("select cast(proactive.fees as integer)"), [.integer(3), .null, .integer(4), .integer(-3), .integer(0)])
        XCTAssertEqual(column("select cast(check.ok as integer) + 1"), [.integer(2), .integer(1), .null, .integer(2), .integer(1)])
        XCTAssertEqual(column("select cast(requests.new as bool)"), [.bool(true), .bool(false), .null, .bool(true), .bool(true)])
        XCTAssertEqual(column("select proactive.fees::text"), [.text("2.5"), .null, .text("3.5"), .text("-2.5"), .text("0")])
        XCTAssertEqual(rows("select cast(' 12 ' as integer), cast('12.5' as integer), cast('1e3' as decimal), cast('Yes' as bool), "
                            + "cast('f' as boolean), cast(true as text), cast(null as integer), cast('2024-1-5' as date) limit 1"),
                       [[.integer(12), .integer(13), .decimal(1000), .bool(true), .bool(false), .text("true"), .null, .text("2024-01-05")]])
        // One exponent marker, after a digit, either case; a sign only right after it.
        XCTAssertEqual(rows("select try_cast('2E+3' as decimal), try_cast('1e5E3' as decimal), try_cast('E5' as decimal), "
                            + "try_cast('1-5' as decimal), try_cast('-1.5e-2' as decimal) limit 1"),
                       [[.decimal(2000), .null, .null, .null, .decimal(-0.015)]])
        XCTAssertEqual(column("select try_cast(substr(id, 2) || agency as integer)"), [.null, .null, .null, .null, .null])
        XCTAssertEqual(column("select try_cast(published as date) = published"), [.bool(true), .bool(true), .null, .bool(true), .bool(true)])
    }

    func testCastErrors() {
        assertQueryError(&database,
            "select cast(agency as integer)",
            "       ^^^^^^^^^^^^^^^^^^^^^^^",
            "cannot convert '北京市财政局' to integer", hint: "try_cast(… as integer) gives null where a value does not convert")
        assertQueryError(&database,
            "select cast('0x10' as decimal)",
            "       ^^^^^^^^^^^^^^^^^^^^^^^",
            "cannot convert '0x10' to decimal")
        assertQueryError(&database,
            "select cast(year as date)",
            "                    ^^^^",
            "cannot cast an integer to a date")
        assertQueryError(&database,
            "select cast(1e300 as integer)",
            "       ^^^^^^^^^^^^^^^^^^^^^^",
            "cannot convert '1e+300' to integer")
    }

    func testNullifGreatestLeast() {
        XCTAssertEqual(column("select nullif(requests.new, 0)"), [.integer(10), .null, .null, .integer(25), .integer(7)])
        XCTAssertEqual(column("select greatest(requests.new, proactive.fees, 5)"),
                       [.decimal(10), .decimal(5), .decimal(5), .decimal(25), .decimal(7)])
        XCTAssertEqual(column("select least(requests.new, proactive.fees)"),
                       [.decimal(2.5), .decimal(0), .decimal(3.5), .decimal(-2.5), .decimal(0)])
        XCTAssertEqual(column("select least(dept, level)"),
                       [.text("province"), .text("province"), .text("county"), .text("city"), .text("county")])
        XCTAssertEqual(value("select greatest(null, null) limit 1"), .null)
        assertQueryError(&database,
            "select greatest(year, agency)",
            "                      ^^^^^^",
            "greatest needs values of one type, but 'agency' is text")
    }

    func testConcatenation() {
        XCTAssertEqual(column("select id || ':' || year"), [.text("e1:2023"), .text("e2:2023"), .null, .text("e4:2022"), .text("e5:2023")])
        XCTAssertEqual(column("select concat(id, ':', year, check.ok, proactive.fees)"),
                       [.text("e1:2023true2.5"), .text("e2:2023false"), .text("e3:3.5"), .text("e4:2022true-2.5"), .text("e5:2023false0")])
        XCTAssertEqual(value("select concat(null, null) limit 1"), .text(""))
        XCTAssertEqual(value("select 'a' || null limit 1"), .null)
    }

    func testTextFunctions() {
        XCTAssertEqual(rows("select substr('北京市财政局', 3), substr('北京市财政局', 2, 2), substr('abc', -2), substr('abc', 0, 2), "
                            + "substr('abcde', 3, -2), substring('abc', 5), substr('abc', 2, null) limit 1"),
                       [[.text("市财政局"), .text("京市"), .text("bc"), .text("a"), .text("ab"), .text(""), .null]])
        XCTAssertEqual(rows("select instr('北京市财政局', '财政'), instr('abc', 'x'), instr('abc', ''), strpos('abcabc', 'c') limit 1"),
                       [[.integer(4), .integer(0), .integer(1), .integer(3)]])
        XCTAssertEqual(rows("select replace('a.b.c', '.', '::'), replace('abc', '', 'x'), replace('人民政府', '人民', '') limit 1"),
                       [[.text("a::b::c"), .text("abc"), .text("政府")]])
        XCTAssertEqual(rows("select lower('AbÇ'), upper('abç 局'), trim('  a b  '), ltrim('xxa', 'x'), rtrim('a局局', '局'), "
                            + "trim('\u{3000}a\u{3000}') limit 1"),
                       [[.text("abç"), .text("ABÇ 局"), .text("a b"), .text("a"), .text("a"), .text("\u{3000}a\u{3000}")]])
        XCTAssertEqual(column("select length(trim(agency))"), [.integer(6), .integer(7), .integer(14), .integer(6), .integer(9)])
        assertQueryError(&database,
            "select lower(year)",
            "             ^^^^",
            "lower needs text, but 'year' is an integer", hint: "convert it with cast(… as text)")
        assertQueryError(&database,
            "select substr(agency, 1.5)",
            "                      ^^^",
            "substr needs a whole number, but '1.5' is a decimal")
    }

    func testDates() {
        XCTAssertEqual(column("select year(published) * 100 + month(published)"),
                       [.integer(202401), .integer(202403), .null, .integer(202302), .integer(202404)])
        XCTAssertEqual(column("select published <= date '2024-3-31'"), [.bool(true), .bool(true), .null, .bool(true), .bool(false)])
        // 2024 is a leap year: 20 Jan → 31 Mar is 11 + 29 + 31 days.
        XCTAssertEqual(column("select date_diff('day', published, date '2024-03-31')"),
                       [.integer(71), .integer(0), .null, .integer(424), .integer(-1)])
        XCTAssertEqual(rows("select date_diff('month', date '2024-01-31', date '2024-02-01'), date_diff('year', date '2023-12-31', date '2024-01-01'), "
                            + "date_diff('week', date '2024-01-01', date '2024-01-14'), date_diff('quarter', date '2024-03-31', date '2024-04-01'), "
                            + "datediff('days', date '2024-01-01', date '2023-12-01'), date_diff('day', '2000-02-28', '2000-03-01'), "
                            + "date_diff('day', '1900-02-28', '1900-03-01'), year('not a date'), day('2023-02-29') limit 1"),
                       [[.integer(1), .integer(1), .integer(1), .integer(1), .integer(-31), .integer(2), .integer(1), .null, .null]])
        assertQueryError(&database,
            "select published <= date '2024-02-30'",
            "                    ^^^^^^^^^^^^^^^^^",
            "invalid date '2024-02-30'", hint: "write a date as date 'YYYY-MM-DD', e.g. date '2024-01-31'")
        assertQueryError(&database,
            "select date_diff('dya', published, published)",
            "                 ^^^^^",
            "unknown date part 'dya'", hint: "date parts: day, week, month, quarter, year")
        assertQueryError(&database,
            "select year(year)",
            "            ^^^^",
            "year needs a date, but 'year' is an integer")
    }

    func testBooleansAverageAsTheShareOfTrue() {
        // check.ok: true, false, null, true, false → 2 of 4 non-null.
        XCTAssertEqual(value("select avg(check.ok)"), .decimal(0.5))
        XCTAssertEqual(rows("select level, avg(check.ok) group by level"),
                       [[.text("city"), .decimal(1)], [.text("county"), .decimal(0)], [.text("province"), .decimal(0.5)]])
    }

    func testFilter() {
        XCTAssertEqual(rows("select count(*) filter (where check.ok), count(*) filter (where not check.ok), count(*), "
                            + "sum(requests.new) filter (where year = 2023), avg(proactive.fees) filter (where level = 'county'), "
                            + "count(distinct level) filter (where requests.new > 5), max(agency) filter (where false)"),
                       [[.integer(2), .integer(2), .integer(5), .integer(17), .decimal(1.75), .integer(3), .null]])
        XCTAssertEqual(rows("select level, count(*) filter (where year = 2023) as n group by level having n > 0 order by n desc, level"),
                       [[.text("province"), .integer(2)], [.text("county"), .integer(1)]])
        assertQueryError(&database,
            "select length(agency) filter (where true)",
            "       ^^^^^^^^^^^^^^",
            "filter (where …) applies only to aggregate functions")
        assertQueryError(&database,
            "select count(*) filter (where count(*) > 1)",
            "                              ^^^^^^^^",
            "aggregate functions cannot be nested")
        assertQueryError(&database,
            "select count(*) filter (where agency)",
            "                              ^^^^^^",
            "'filter' needs a condition (true or false), but 'agency' is text")
    }
}
