import XCTest
import ReportModel
@testable import ReportQuery

final class ViewTests: QueryTestCase {
    func testCreateSelectAndList() throws {
        XCTAssertEqual(run("create view 山东 as select agency, year, requests.new as 新收 where province = '山东省';"),
                       .viewCreated(name: "山东", replaced: false))
        XCTAssertEqual(database.views, ["山东": "select agency, year, requests.new as 新收 where province = '山东省'"])
        XCTAssertEqual(rows("select * from 山东"), [
            [.text("济南市济阳区工业和信息化局"), .integer(2022), .integer(10)], [.text("济南市公安局"), .integer(2023), .integer(25)],
        ])
        XCTAssertEqual(column("select 机关 from 山东 where 新收 > 10"), [.text("济南市公安局")])
        guard case .viewList(let list)? = run("views") else { return XCTFail("views") }
        XCTAssertEqual(list.columns.map(\.name), ["view", "query"])
        XCTAssertEqual(list.rows, [[.text("山东"), .text("select agency, year, requests.new as 新收 where province = '山东省'")]])
    }

    func testViewsOnViews() {
        run("create view a as select agency, province, requests.new where requests.new is not null")
        run("create view b as select province, sum(requests.new) as total from a group by province")
        run("create view c as select * from b where total > 0 order by total desc")
        XCTAssertEqual(rows("select * from c"), [[.text("山东省"), .integer(35)], [.null, .integer(7)]])
        XCTAssertEqual(rows("select count(*), sum(total) from c"), [[.integer(2), .integer(42)]])
        XCTAssertEqual(column("select requests.new from a order by 1 desc limit 1"), [.integer(25)])
    }

    func testTypelessNullColumnsAndGroupingOverViews() throws {
        run("create view n as select null as nothing, province, requests.new as new")
        let result = try database.query("select nothing, nothing + 1, coalesce(nothing, 0) from n limit 1")
        XCTAssertEqual(result.columns.map(\.type), [nil, .integer, .integer])
        XCTAssertEqual(result.rows, [[.null, .null, .integer(0)]])
        XCTAssertEqual(rows("select province, sum(new), count(nothing) from n group by province"), [
            [.text("上海市"), .null, .integer(0)], [.text("北京市"), .integer(0), .integer(0)],
            [.text("山东省"), .integer(35), .integer(0)], [.null, .integer(7), .integer(0)],
        ])
        XCTAssertEqual(rows("select count(*) from n where new > 1000"), [[.integer(0)]])
        XCTAssertEqual(column("select province from n order by province desc limit 2"), [.text("山东省"), .text("山东省")])
    }

    func testReplaceAndDrop() {
        run("create view v as select agency")
        XCTAssertEqual(error("create view v as select year")?.message, "view 'v' already exists")
        XCTAssertEqual(run("create or replace view v as select year"), .viewCreated(name: "v", replaced: true))
        XCTAssertEqual(database.views["v"], "select year")
        run("create view w as select year from v")
        XCTAssertEqual(error("drop view v")?.message, "view 'w' reads 'v'")
        XCTAssertEqual(error("create or replace view v as select agency")?.message,
                       "replacing 'v' would break view 'w': view 'v' has no column 'year'")
        XCTAssertEqual(run("drop view w"), .viewDropped(name: "w"))
        XCTAssertEqual(run("DROP VIEW V"), .viewDropped(name: "v"))
        XCTAssertEqual(database.views, [:])
        XCTAssertEqual(error("drop view v")?.message, "unknown view 'v'")
    }

    func testCyclesAreRefused() {
        run("create view a as select agency")
        run("create view b as select agency from a")
        assertQueryError(&database,
            "create or replace view a as select agency from b",
            "                                               ^",
            "view 'a' depends on itself: a → b → a")
        assertQueryError(&database,
            "create view self as select * from self",
            "                                  ^^^^",
            "view 'self' depends on itself: self → self")
        XCTAssertEqual(database.views["a"], "select agency")
    }

    func testNamesThatShadowFieldsOrTheCorpusAreRefused() {
        assertQueryError(&database,
            "create view agency as select 1",
            "            ^^^^^^",
            "view name 'agency' is a field name", hint: "choose another name, e.g. 'agency_view'")
        XCTAssertEqual(error("create view 机关 as select 1")?.message, "view name '机关' is a name of the field 'agency'")
        XCTAssertEqual(error("create view requests.new as select 1")?.message,
                       "view name 'requests.new' is a name of the field 'requests.new.total'")
        XCTAssertEqual(error("create view Reports as select 1")?.message, "'reports' is the corpus and cannot be a view name")
    }

    func testViewErrors() {
        run("create view v as select agency")
        assertQueryError(&database,
            "select nope from v",
            "       ^^^^",
            "unknown column 'nope' in view 'v'")
        XCTAssertEqual(error("select year from v")?.message, "view 'v' has no column 'year'")
        XCTAssertEqual(error("select source(agency) from v")?.message, "source() reads the reports, but 'agency' is a column of a view")
        assertQueryError(&database,
            "select agency from vv",
            "                   ^^",
            "unknown view 'vv'", hint: "did you mean 'v'?")
        XCTAssertEqual(error("select agency from agency")?.hint, "'from' takes a view name or 'reports'; fields go in the select list")
        XCTAssertEqual(error("create view d as select agency, 机关 as agency")?.message, "view 'd' would have two columns named 'agency'")
        XCTAssertEqual(error("create view e as select nope")?.message, "unknown field 'nope'")
        XCTAssertEqual(rows("select count(*) from REPORTS"), [[.integer(5)]])
    }

    func testExport() throws {
        run("create view v as select id, year where year > 2021")
        guard case .export(let request)? = run("export v to 'out/v.csv' with bom") else { return XCTFail("export") }
        XCTAssertEqual(request.path, "out/v.csv")
        XCTAssertTrue(request.withBOM)
        XCTAssertEqual(request.result.rows, [[.text("r1"), .integer(2022)], [.text("r3"), .integer(2022)], [.text("r4"), .integer(2023)]])
        guard case .export(let query)? = run("export select id where year = 2021 to 'x.json'") else { return XCTFail("export") }
        XCTAssertEqual(query.result.rows, [[.text("r2")]])
        XCTAssertFalse(query.withBOM)
        guard case .export(let all)? = run("export reports to 'all.csv'") else { return XCTFail("export") }
        XCTAssertEqual(all.result.columns.map(\.name), FieldCatalog.standard.fields.map(\.name), "every field")
        XCTAssertEqual(all.result.rowCount, 5)
        XCTAssertEqual(error("export nope to 'x.csv'")?.message, "unknown view 'nope'")
    }

    func testHeadlineStarOverAViewPicksItsHeadlineColumns() throws {
        // `requests.new` is the field requests.new.total; `x` and `province` order follow the catalog's headline.
        run("create view v as select requests.new, 1 as x, agency, year, province")
        XCTAssertEqual(try database.query("select headline.* from v").columns.map(\.name),
                       ["agency", "province", "year", "requests.new"])
        XCTAssertEqual(try database.query("select * from v").columns.map(\.name), ["requests.new", "x", "agency", "year", "province"])
        do {
            _ = try database.execute("select headline.* from (select 1 as x)")
            XCTFail("no headline columns")
        } catch {
            XCTAssertEqual(error.message, "no headline fields here")
            XCTAssertEqual(error.range, SourceRange(start: 7, end: 17), "under headline.*")
        }
    }

    func testLoadingStoredViewsReportsEachBadOne() {
        let problems = database.loadViews([
            "ok": "select agency, year",
            "on_ok": "select agency from ok where year > 2021",
            "bad": "select nope",
            "dependent": "select agency from bad",
            "cycle1": "select agency from cycle2",
            "cycle2": "select agency from cycle1",
            "agency": "select 1",
            "broken": "select from",
        ])
        XCTAssertEqual(problems.map(\.name), ["agency", "bad", "broken", "cycle1", "cycle2", "dependent"])
        XCTAssertEqual(problems.first { $0.name == "bad" }?.error.message, "unknown field 'nope'")
        XCTAssertEqual(problems.first { $0.name == "bad" }?.error.range, SourceRange(start: 7, end: 11))
        XCTAssertEqual(Set(database.views.keys), ["ok", "on_ok"])
        XCTAssertEqual(rows("select count(*) from on_ok"), [[.integer(3)]])
    }
}
