/// One question asked of every engine: gongkai's statement and the SQL that SQLite and DuckDB both
/// run over the bench's table (`BenchTable`: the same columns and rows), the views each needs first.
/// Results are compared as sorted rows (`RowCheck`), whatever order an engine gives them in.
struct BenchStatement {
    var name: String
    var gongkaiSetup: [String] = []
    var gongkai: String
    var sqlSetup: [String] = []
    var sql: String

    /// The five questions of the earlier benchmark, then issue 15's three (a self-join, a window rank,
    /// prev()). `requests.new` is the total of row 本年新收, column "requests.new.total" in SQL;
    /// gongkai sorts nulls last both ways, so the SQL says NULLS LAST.
    static let all: [BenchStatement] = [
        BenchStatement(
            name: "selective filter",
            gongkai: "select agency, year where requests.new > 50",
            sql: #"SELECT agency, year FROM reports WHERE "requests.new.total" > 50"#),
        BenchStatement(
            name: "full-scan aggregate",
            gongkai: "select province, year, count(*), sum(requests.new), avg(rate.granted) group by province, year",
            sql: #"SELECT province, year, count(*), sum("requests.new.total"), avg("rate.granted") FROM reports GROUP BY province, year"#),
        BenchStatement(
            name: "order by + limit",
            gongkai: "select id, agency, year, requests.new order by requests.new desc, id limit 20",
            sql: #"SELECT id, agency, year, "requests.new.total" FROM reports ORDER BY "requests.new.total" DESC NULLS LAST, id LIMIT 20"#),
        BenchStatement(
            name: "text search",
            gongkai: "select id, agency where text ~ '信息处理费'",
            sql: "SELECT id, agency FROM reports WHERE instr(text, '信息处理费') > 0"),
        BenchStatement(
            name: "view on a view",
            gongkaiSetup: [
                "create temp view recent as select agency, province, year, requests.new as new where year >= 2022",
                "create temp view by_province as select province, count(*) as n, sum(new) as total from recent group by province",
            ],
            gongkai: "select province, n, total from by_province where total > 0 order by total desc, province",
            sqlSetup: [
                #"CREATE TEMP VIEW recent AS SELECT agency, province, year, "requests.new.total" AS new FROM reports WHERE year >= 2022"#,
                "CREATE TEMP VIEW by_province AS SELECT province, count(*) AS n, sum(new) AS total FROM recent GROUP BY province",
            ],
            sql: "SELECT province, n, total FROM by_province WHERE total > 0 ORDER BY total DESC NULLS LAST, province"),
        BenchStatement(
            name: "self-join on agency and year",
            gongkai: "select r.agency, r.year, r.requests.new.total - p.requests.new.total from reports r "
                + "join reports p on p.agency = r.agency and p.year = r.year - 1",
            sql: #"SELECT r.agency, r.year, r."requests.new.total" - p."requests.new.total" FROM reports r "#
                + "JOIN reports p ON p.agency = r.agency AND p.year = r.year - 1"),
        BenchStatement(
            name: "window rank per province",
            gongkai: "select agency, province, requests.new, rank() over (partition by province order by requests.new desc) as r",
            sql: #"SELECT agency, province, "requests.new.total", rank() OVER (PARTITION BY province ORDER BY "requests.new.total" DESC NULLS LAST) AS r FROM reports"#),
        BenchStatement(
            name: "prev() / left self-join",
            gongkai: "select agency, year, requests.new - prev(requests.new) as change",
            sql: prevSQL),
    ]

    /// Issue 15's three statements that relate reports to each other (the last three of `all`), which
    /// the bench also times on the panel corpus (one report per body and year, as in the real corpus,
    /// where the large corpus repeats each body-year about 20 times).
    static var crossReport: [BenchStatement] { Array(all.suffix(3)) }

    /// prev(x) in SQL (docs/query-language.md, `prev`): the same body's report for the year before,
    /// null when there is none — and null when the body has two reports for either year, so the join
    /// reads one row per (agency, year) with its count, and a count other than 1 gives null.
    static let prevSQL = """
        WITH g AS (SELECT agency, year, count(*) AS n, max("requests.new.total") AS v FROM reports \
        WHERE agency IS NOT NULL AND year IS NOT NULL GROUP BY agency, year) \
        SELECT r.agency, r.year, CASE WHEN c.n = 1 AND p.n = 1 THEN r."requests.new.total" - p.v END AS change \
        FROM reports r LEFT JOIN g c ON c.agency = r.agency AND c.year = r.year \
        LEFT JOIN g p ON p.agency = r.agency AND p.year = r.year - 1
        """
}
