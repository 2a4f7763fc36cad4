import XCTest
import ReportModel
@testable import ReportQuery

/// `create view if not exists`, `drop view if exists`, `create or replace view`, `create temp view`.
final class ViewVariantsTests: QueryTestCase {
    func testAScriptThatCreatesItsViewsRunsTwice() {
        for round in 0..<2 {
            XCTAssertEqual(run("create view if not exists a as select agency, year"),
                           round == 0 ? .viewCreated(name: "a", replaced: false) : .unchanged(message: "view a exists; kept"))
            XCTAssertEqual(run("create or replace view b as select agency from a where year = 2022"),
                           .viewCreated(name: "b", replaced: round == 1))
            XCTAssertEqual(column("select agency from b"), [.text("济南市济阳区工业和信息化局"), .text("上海市教育委员会")])
        }
        // if not exists keeps the old definition, as in SQLite, DuckDB and PostgreSQL.
        XCTAssertEqual(run("create view if not exists a as select year"), .unchanged(message: "view a exists; kept"))
        XCTAssertEqual(database.views["a"], "select agency, year")
    }

    func testDropIfExists() {
        XCTAssertEqual(run("drop view if exists nope"), .unchanged(message: "no view nope; nothing dropped"))
        run("create view v as select agency")
        XCTAssertEqual(run("DROP VIEW IF EXISTS V"), .viewDropped(name: "v"))
        XCTAssertEqual(database.views, [:])
        assertQueryError(&database, "drop view nope", "          ^^^^", "unknown view 'nope'")
    }

    func testTemporaryViewsAreUsableButNotSaved() {
        XCTAssertEqual(run("create temp view t as select agency, year where year >= 2022"), .viewCreated(name: "t", replaced: false))
        XCTAssertEqual(run("create temporary view u as select agency from t"), .viewCreated(name: "u", replaced: false))
        run("create view saved as select agency")
        XCTAssertEqual(column("select count(*) from u"), [.integer(3)])
        XCTAssertEqual(database.temporaryViews, ["t", "u"])
        XCTAssertEqual(database.savedViews, ["saved": "select agency"])
        assertQueryError(&database,
            "create view keeps as select agency from t",
            "                                        ^",
            "saved view 'keeps' cannot read the temporary view 't'", hint: "make it temporary too: create temp view keeps as …")
        // Replacing a temporary view with a saved one makes it saved, and the other way round.
        run("create or replace view u as select agency")
        XCTAssertEqual(database.savedViews.keys.sorted(), ["saved", "u"])
        run("drop view t")
        XCTAssertEqual(database.temporaryViews, [])
    }

    func testSyntaxErrors() {
        assertParseError(
            "create or replace view if not exists v as select 1",
            "                       ^^",
            "'or replace' and 'if not exists' cannot be used together")
        assertParseError(
            "create view if exists v as select 1",
            "               ^^^^^^",
            "expected 'not' after 'if'")
        assertParseError(
            "drop view if v",
            "             ^",
            "expected 'exists' after 'if'")
    }
}
