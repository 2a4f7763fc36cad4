import XCTest
import ReportModel
@testable import ReportQuery

/// Names and types are checked before any row is read; each error names the problem and its place.
final class BinderTests: XCTestCase {
    var database = Fixtures.database()

    private func bind(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> BoundQuery? {
        do {
            guard case .select(let query) = try Parser.parseStatement(text) else { return nil }
            return try Binder.bind(query, text: text, catalog: .standard, views: database.views)
        } catch let error as QueryError {
            XCTFail("\(text): \(error.message)", file: file, line: line)
        } catch {
            XCTFail("\(text): \(error)", file: file, line: line)
        }
        return nil
    }

    func testUnknownFieldWithSuggestion() {
        assertQueryError(&database,
            "select agency where requests.nwe > 0",
            "                    ^^^^^^^^^^^^",
            "unknown field 'requests.nwe'", hint: "did you mean 'requests.new'?")
        assertQueryError(&database,
            "select agnecy",
            "       ^^^^^^",
            "unknown field 'agnecy'", hint: "did you mean 'agency'?")
        assertQueryError(&database,
            "select 本年新权",
            "       ^^^^^^^^",
            "unknown field '本年新权'", hint: "did you mean '本年新收'?")
        assertQueryError(&database,
            "select zzzzzz",
            "       ^^^^^^",
            "unknown field 'zzzzzz'", hint: "'.fields' lists the field names")
    }

    func testSuggestionsIncludeResultColumnNames() {
        assertQueryError(&database,
            "select requests.new as 新收数 order by 新收 + 1",
            "                                       ^^^^",
            "unknown field '新收'")
        assertQueryError(&database,
            "select year as publication_year order by publication_yaer",
            "                                         ^^^^^^^^^^^^^^^^",
            "unknown field 'publication_yaer'", hint: "did you mean 'publication_year'?")
    }

    func testSumOfTextNamesTheFieldAndItsType() {
        assertQueryError(&database,
            "select sum(agency)",
            "           ^^^^^^",
            "sum needs a number, but 'agency' is text")
        assertQueryError(&database,
            "select sum(check.ok)",
            "           ^^^^^^^^",
            "sum needs a number, but 'check.ok' is true/false")
        assertQueryError(&database,
            "select median(check.ok)",
            "              ^^^^^^^^",
            "median needs a number, but 'check.ok' is true/false")
    }

    func testComparingIntegerWithText() {
        assertQueryError(&database,
            "select agency where year > '二〇二二'",
            "                           ^^^^^^^^^^^^",
            "cannot compare 'year' (integer) with ''二〇二二'' (text)",
            hint: "both sides must be numbers, both text, or both true/false")
        assertQueryError(&database,
            "select agency where '2022' = year",
            "                    ^^^^^^",
            "cannot compare ''2022'' (text) with 'year' (integer)", hint: "write the number without quotes: 2022")
        assertQueryError(&database,
            "select agency where agency = check.ok",
            "                             ^^^^^^^^",
            "cannot compare 'agency' (text) with 'check.ok' (bool)")
    }

    func testWhereMustBeACondition() {
        assertQueryError(&database,
            "select agency where year",
            "                    ^^^^",
            "where needs a condition (true or false), but 'year' is an integer", hint: "compare it, as in year > 0")
        assertQueryError(&database,
            "select agency where year and check.ok",
            "                    ^^^^",
            "'and' needs a condition (true or false), but 'year' is an integer")
        assertQueryError(&database,
            "select not agency",
            "           ^^^^^^",
            "'not' needs a condition (true or false), but 'agency' is text")
        assertQueryError(&database,
            "select province, count(*) group by province having sum(requests.new)",
            "                                                   ^^^^^^^^^^^^^^^^^",
            "having needs a condition (true or false), but 'sum(requests.new)' is an integer")
    }

    func testAggregatesAreNotAllowedInWhereOrGroupBy() {
        assertQueryError(&database,
            "select agency where count(*) > 1",
            "                    ^^^^^^^^",
            "aggregate function 'count' is not allowed in where", hint: "filter groups with 'having'")
        assertQueryError(&database,
            "select count(*) group by sum(year)",
            "                         ^^^^^^^^^",
            "aggregate function 'sum' is not allowed in group by")
        assertQueryError(&database,
            "select sum(count(*))",
            "           ^^^^^^^^",
            "aggregate functions cannot be nested")
    }

    func testUngroupedColumnsAreErrors() {
        assertQueryError(&database,
            "select agency, count(*) group by province",
            "       ^^^^^^",
            "'agency' must appear in group by or be used in an aggregate function",
            hint: "add it to group by, or use it in an aggregate such as max(agency)")
        assertQueryError(&database,
            "select agency, count(*)",
            "       ^^^^^^",
            "'agency' must appear in group by or be used in an aggregate function",
            hint: "add 'group by agency', or use it in an aggregate such as max(agency)")
        assertQueryError(&database,
            "select province, count(*) group by province order by year",
            "                                                     ^^^^",
            "'year' must appear in group by or be used in an aggregate function")
        assertQueryError(&database,
            "select province, count(*) group by province having year > 1",
            "                                                   ^^^^",
            "'year' must appear in group by or be used in an aggregate function")
        assertQueryError(&database,
            "select *, count(*)",
            "       ^",
            "'id' must appear in group by or be used in an aggregate function")
    }

    func testGroupedExpressionsMatchWhateverTheSpelling() {
        XCTAssertNotNil(bind("select 年度, count(*) group by year"))
        XCTAssertNotNil(bind("select year + 1, count(*) group by year"))
        XCTAssertNotNil(bind("select year + 1 as next, count(*) group by next"))
        XCTAssertNotNil(bind("select province, year, count(*) group by 1, 2"))
        let bound = bind("select 机关 as a, count(*), count(*) + 1 group by agency")
        XCTAssertEqual(bound?.aggregation?.aggregates.count, 1, "the same aggregate is computed once")
    }

    func testFunctionErrors() {
        assertQueryError(&database,
            "select cuont(*)",
            "       ^^^^^",
            "unknown function 'cuont'", hint: "did you mean 'count'?")
        assertQueryError(&database,
            "select agency(1)",
            "       ^^^^^^",
            "unknown function 'agency'", hint: "'agency' is a field, not a function")
        assertQueryError(&database,
            "select round(1, 2, 3)",
            "       ^^^^^^^^^^^^^^",
            "round takes 1 or 2 arguments, but got 3", hint: "usage: round(x) or round(x, digits)")
        assertQueryError(&database,
            "select ratio(1)",
            "       ^^^^^^^^",
            "ratio takes 2 arguments, but got 1")
        assertQueryError(&database,
            "select SUM(1, 2)",
            "       ^^^^^^^^^",
            "sum takes 1 argument, but got 2")
        assertQueryError(&database,
            "select coalesce()",
            "       ^^^^^^^^^^",
            "coalesce takes at least 1 argument, but got 0")
        // Issue 12 item 13: 65 arguments said "at least 1".
        let many = "select coalesce(" + Array(repeating: "null", count: 64).joined(separator: ", ") + ", 1)"
        assertQueryError(&database, many, "       " + String(repeating: "^", count: many.utf8.count - 7),
            "coalesce takes at most 64 arguments, but got 65")
        assertQueryError(&database,
            "select sum(*)",
            "       ^^^^^^",
            "'*' is only allowed in count(*)")
        assertQueryError(&database,
            "select sum(distinct year)",
            "       ^^^^^^^^^^^^^^^^^^",
            "distinct is only supported in count(distinct x)")
        assertQueryError(&database,
            "select length(year)",
            "              ^^^^",
            "length needs text, but 'year' is an integer")
        assertQueryError(&database,
            "select round(proactive.fees, 1.5)",
            "                             ^^^",
            "round's second argument needs a whole number of digits, but '1.5' is a decimal")
        assertQueryError(&database,
            "select coalesce(year, agency)",
            "                      ^^^^^^",
            "coalesce needs values of one type, but 'agency' is text")
    }

    func testPercentileArgument() {
        assertQueryError(&database,
            "select percentile(requests.new, 0.9)",
            "                                ^^^",
            "percentile takes p from 0 to 100, not a fraction", hint: "did you mean percentile(…, 90)?")
        assertQueryError(&database,
            "select percentile(requests.new, 101)",
            "                                ^^^",
            "percentile needs a constant p from 0 to 100")
        assertQueryError(&database,
            "select percentile(requests.new, year)",
            "                                ^^^^",
            "percentile needs a constant p from 0 to 100")
    }

    func testOperatorTypeErrors() {
        assertQueryError(&database,
            "select agency + 1",
            "       ^^^^^^",
            "'+' needs numbers, but 'agency' is text")
        assertQueryError(&database,
            "select -agency",
            "        ^^^^^^",
            "'-' needs a number, but 'agency' is text")
        assertQueryError(&database,
            "select year ~ '2'",
            "       ^^^^",
            "'~' needs text, but 'year' is an integer")
        assertQueryError(&database,
            "select agency like 1",
            "                   ^",
            "'like' needs text, but '1' is an integer")
        assertQueryError(&database,
            "select year in (2021, '2022')",
            "                      ^^^^^^",
            "cannot compare 'year' (integer) with ''2022'' (text)")
        assertQueryError(&database,
            "select year between 2020 and 'x'",
            "                             ^^^",
            "cannot compare 'year' (integer) with ''x'' (text)")
    }

    func testSourceNeedsACorpusField() {
        assertQueryError(&database,
            "select source(year + 1)",
            "              ^^^^^^^^",
            "source() needs a field name")
        assertQueryError(&database,
            "select source(yaer)",
            "              ^^^^",
            "unknown field 'yaer'", hint: "did you mean 'year'?")
    }

    func testColumnNumbersOutOfRange() {
        assertQueryError(&database,
            "select province, count(*) group by 3",
            "                                   ^",
            "group by 3: the select list has 2 columns")
        assertQueryError(&database,
            "select agency order by 2",
            "                       ^",
            "order by 2: the select list has 1 column")
    }

    func testPrefixStarErrors() {
        assertQueryError(&database,
            "select requests.nwe.*",
            "       ^^^^^^^^^^^^^^",
            "no fields under 'requests.nwe'", hint: "did you mean 'requests.new.*'?")
    }

    func testTypesOfResults() throws {
        let rows = try XCTUnwrap(bind("""
            select year, proactive.fees, year + 1, year * 1.5, year / 2, -year, ratio(1, 2),
                   coalesce(year, 1.5), round(year), round(proactive.fees, 1), abs(year), length(agency),
                   source(year), null, year = 1, coalesce(null), null + 1, -null
            """))
        XCTAssertEqual(rows.types, [.integer, .decimal, .integer, .decimal, .decimal, .integer, .decimal, .decimal,
                                    .integer, .decimal, .integer, .integer, .text, .null, .bool, .null, .integer, .null])
        let aggregates = try XCTUnwrap(bind("""
            select count(*), sum(requests.new), sum(proactive.fees), avg(year), min(agency), max(check.ok),
                   median(year), percentile(year, 50), count(distinct agency), sum(null), min(null)
            """))
        XCTAssertEqual(aggregates.types, [.integer, .integer, .decimal, .decimal, .text, .bool, .decimal, .decimal,
                                          .integer, .integer, .null])
    }

    func testResultColumnNamesAreAliasesOrTheTextAsTyped() throws {
        let bound = try XCTUnwrap(bind("select agency as 机关名,  round( year ),requests.new   +\n  1, 'a  b'"))
        XCTAssertEqual(bound.names, ["机关名", "round( year )", "requests.new + 1", "'a  b'"])
    }

    func testStarsExpand() throws {
        // `*` is every field in catalog order, as SQL users expect; `headline.*` the short list.
        XCTAssertEqual(try XCTUnwrap(bind("select *")).names, FieldCatalog.standard.fields.map(\.name))
        XCTAssertGreaterThan(FieldCatalog.standard.count, 300)
        XCTAssertEqual(try XCTUnwrap(bind("select headline.*")).names,
                       ["id", "agency", "province", "city", "county", "year", "proactive.total", "requests.new.total",
                        "requests.processed.total", "check.ok"])
        XCTAssertEqual(try XCTUnwrap(bind("select HEADLINE.*, text")).names.suffix(2), ["check.ok", "text"])
        XCTAssertEqual(try XCTUnwrap(bind("select requests.new.*")).names,
                       ["requests.new.natural", "requests.new.business", "requests.new.research", "requests.new.ngo",
                        "requests.new.legal_service", "requests.new.other_org", "requests.new.org", "requests.new.total"])
        XCTAssertEqual(try XCTUnwrap(bind("select 本年新收.*")).names.count, 8)
        XCTAssertEqual(try XCTUnwrap(bind("select proactive.*")).names.first, "proactive.total")
        XCTAssertEqual(try XCTUnwrap(bind("select review.*")).names.prefix(5),
                       ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total"])
    }

    func testChineseAliasesAndCaseInsensitiveNames() throws {
        let bound = try XCTUnwrap(bind("select 机关, 年度, 予以公开.自然人, 行政复议.纠正, AGENCY, Year"))
        let ids = bound.outputs.map { e -> Int in
            if case .column(let c) = e.node { return c }
            return -1
        }
        let catalog = FieldCatalog.standard
        XCTAssertEqual(ids, ["agency", "year", "requests.granted.natural", "review.corrected", "agency", "year"]
            .map { catalog.id($0).rawValue })
    }

    func testMixedArithmeticConvertsToDecimal() throws {
        let bound = try XCTUnwrap(bind("select year + proactive.fees"))
        guard case .arithmetic(.add, let left, _) = bound.outputs[0].node, case .cast = left.node else {
            return XCTFail("\(bound.outputs[0].node)")
        }
    }
}
