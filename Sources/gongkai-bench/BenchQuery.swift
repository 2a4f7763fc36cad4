/// One question asked of both engines: gongkai's statements and SQLite's, the views each needs first,
/// and whether the rows come in a defined order (else results are compared as multisets).
struct BenchQuery {
    var name: String
    var gongkaiSetup: [String] = []
    var gongkai: String
    var sqlSetup: [String] = []
    var sql: String
    var ordered = false

    /// The benchmark's questions. `requests.new` is the total column of row 本年新收, stored in SQLite as
    /// "requests.new.total"; gongkai sorts nulls last both ways, so SQL says NULLS LAST.
    static let all: [BenchQuery] = [
        BenchQuery(
            name: "selective filter",
            gongkai: "select agency, year where requests.new > 50",
            sql: #"SELECT agency, year FROM reports WHERE "requests.new.total" > 50"#),
        BenchQuery(
            name: "full-scan aggregate",
            gongkai: "select province, year, count(*), sum(requests.new), avg(rate.granted) group by province, year",
            sql: #"SELECT province, year, count(*), sum("requests.new.total"), avg("rate.granted") FROM reports GROUP BY province, year"#),
        BenchQuery(
            name: "order by + limit",
            gongkai: "select id, agency, year, requests.new order by requests.new desc, id limit 20",
            sql: #"SELECT id, agency, year, "requests.new.total" FROM reports ORDER BY "requests.new.total" DESC NULLS LAST, id LIMIT 20"#,
            ordered: true),
        BenchQuery(
            name: "text search",
            gongkai: "select id, agency where text ~ '信息处理费'",
            sql: "SELECT id, agency FROM reports WHERE instr(text, '信息处理费') > 0"),
        BenchQuery(
            name: "view on a view",
            gongkaiSetup: [
                "create view recent as select agency, province, year, requests.new as new where year >= 2022",
                "create view by_province as select province, count(*) as n, sum(new) as total from recent group by province",
            ],
            gongkai: "select province, n, total from by_province where total > 0 order by total desc, province",
            sqlSetup: [
                #"CREATE VIEW recent AS SELECT agency, province, year, "requests.new.total" AS new FROM reports WHERE year >= 2022"#,
                "CREATE VIEW by_province AS SELECT province, count(*) AS n, sum(new) AS total FROM recent GROUP BY province",
            ],
            sql: "SELECT province, n, total FROM by_province WHERE total > 0 ORDER BY total DESC NULLS LAST, province",
            ordered: true),
    ]
}
