import XCTest
import ReportModel
@testable import ReportQuery

/// The expression forms SQLite also has give SQLite's answers, row for row, over the same rows
/// (`ExpressionFixtures`, nulls included). Where SQLite spells a construct differently the SQLite
/// query is given beside gongkai's; otherwise only dotted names are translated.
final class SQLiteOracleTests: XCTestCase {
    static let pairs: [(String, String?)] = [
        ("select id, case when requests.new > 5 then 'many' when requests.new = 0 then 'none' else 'few' end from reports order by id", nil),
        ("select id, case level when 'county' then 1 when 'city' then 2 end, case dept when null then 1 else 0 end from reports order by id", nil),
        ("select id, case when check.ok then proactive.fees else requests.new end, case when year > 2022 then 'new' end is null from reports order by id", nil),
        ("select count(*) filter (where check.ok), sum(requests.new) filter (where year = 2023), avg(proactive.fees) filter (where check.ok is not null), "
            + "count(dept) filter (where level = 'county'), count(*) filter (where null) from reports", nil),
        ("select level, count(*) filter (where year = 2023), max(requests.new) filter (where check.ok), count(*) from reports group by level order by level", nil),
        ("select id, cast(check.ok as integer), cast(requests.new as text), cast('12' as integer) + requests.new, cast(year as decimal) / 2 from reports order by id",
         "select id, cast(ok as integer), cast(new as text), cast('12' as integer) + new, cast(year as real) / 2 from reports order by id"),
        ("select id, nullif(requests.new, 0), nullif(level, 'county'), nullif(dept, null) from reports order by id", nil),
        ("select id, agency || '/' || level, dept || year, requests.new || '' from reports order by id", nil),
        ("select id, substr(agency, 2, 3), substr(agency, -3), substr(agency, 0, 2), substr(agency, 3, -2), substr(agency, -10, 3), "
            + "substr(dept, 2), substr(agency, 4), substr(agency, 2, 0), substr(agency, -2, -5) from reports order by id", nil),
        ("select id, replace(agency, '市', '-'), replace(agency, '', 'x'), replace(dept, '局', ''), lower(agency), upper(agency) from reports order by id", nil),
        ("select id, trim(agency), ltrim(agency), rtrim(agency), trim(agency, ' 某'), instr(agency, '人民'), instr(agency, ''), instr(dept, '局') from reports order by id", nil),
        ("select avg(check.ok), avg(cast(check.ok as integer)), sum(cast(check.ok as integer)), count(check.ok) from reports",
         "select avg(ok), avg(ok), sum(ok), count(ok) from reports"),
        ("select id, published <= date '2024-01-31', published <= '2024-03-31', year(published), date_diff('day', published, date '2024-03-31') from reports order by id",
         "select id, published <= '2024-01-31', published <= '2024-03-31', cast(strftime('%Y', published) as integer), "
            + "cast(julianday('2024-03-31') - julianday(published) as integer) from reports order by id"),
        ("select level, avg(check.ok), sum(case when check.ok then 1 else 0 end) from reports group by level order by level",
         "select level, avg(ok), sum(case when ok then 1 else 0 end) from reports group by level order by level"),
    ]

    func testTheSameAnswersAsSQLite() throws {
        let oracle = try ExpressionFixtures.oracle()
        let database = ExpressionFixtures.database()
        for (query, sqliteQuery) in SQLiteOracleTests.pairs {
            let expected = try oracle.query(sqliteQuery ?? ExpressionFixtures.sqlite(query))
            let actual: [[Value]]
            do {
                actual = try database.query(query).rows
            } catch {
                XCTFail("\(query): \(error.message)")
                continue
            }
            XCTAssertEqual(actual.count, expected.count, query)
            for (a, e) in zip(actual, expected) {
                XCTAssertTrue(SQLiteOracleTests.same(a, e), "\(query): \(a) vs SQLite \(e)")
            }
        }
    }

    /// Rows equal as SQLite holds values (true/false as 1/0, numbers by value, decimals to 1e-9).
    static func same(_ a: [Value], _ b: [Value]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            let u = SQLiteOracle.normalized(x), v = SQLiteOracle.normalized(y)
            if case .decimal(let p) = u, case .decimal(let q) = v { return abs(p - q) <= 1e-9 * max(1, abs(p), abs(q)) }
            return u == v
        }
    }
}
