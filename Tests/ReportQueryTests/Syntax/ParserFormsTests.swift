import XCTest
@testable import ReportQuery

/// `case`, `cast` and `::`, `||`, `date '…'` and `filter (where …)` as parsed, and their syntax errors.
final class ParserFormsTests: XCTestCase {
    private func tree(_ expression: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            guard case .select(let query) = try Parser.parseStatement("select " + expression),
                  case .expression(let e, _, _) = query.items.first else { return "?" }
            return ParserTests.render(e)
        } catch {
            XCTFail("\(expression): \(error.error.message)", file: file, line: line)
            return "?"
        }
    }

    func testCaseBothForms() {
        XCTAssertEqual(tree("case when a > 1 then 'x' when b then 'y' else 'z' end"),
                       "(case (when (> a 1) 'x') (when b 'y') (else 'z'))")
        XCTAssertEqual(tree("case level when 'city' then 1 end"), "(case level (when 'city' 1))")
        XCTAssertEqual(tree("CASE WHEN a THEN case when b then 1 end END + 1"), "(+ (case (when a (case (when b 1)))) 1)")
    }

    func testCastForms() {
        XCTAssertEqual(tree("cast(check.ok as integer)"), "(cast check.ok integer)")
        XCTAssertEqual(tree("try_cast(x as varchar(20))"), "(try_cast x text)")
        XCTAssertEqual(tree("CAST(x AS decimal(10, 2)) / 2"), "(/ (cast x decimal) 2)")
        XCTAssertEqual(tree("-x::int"), "(- (cast x integer))")
        XCTAssertEqual(tree("x::text::boolean"), "(cast (cast x text) bool)")
        XCTAssertEqual(tree("cast(published as date)"), "(cast published date)")
    }

    func testConcatenationBindsLooserThanArithmeticAndTighterThanComparison() {
        XCTAssertEqual(tree("a || b || c"), "(|| (|| a b) c)")
        XCTAssertEqual(tree("'a' || 1 + 2 = x"), "(= (|| 'a' (+ 1 2)) x)")
    }

    func testDateLiteralAndFilter() {
        XCTAssertEqual(tree("published <= date '2024-01-31'"), "(<= published (date '2024-01-31'))")
        XCTAssertEqual(tree("count(*) filter (where year = 2023)"), "(filter count[*] (= year 2023))")
        XCTAssertEqual(tree("sum(x) FILTER (WHERE ok) / 2"), "(/ (filter sum[x] ok) 2)")
        // `date` and `filter` stay ordinary names elsewhere.
        XCTAssertEqual(tree("date + filter"), "(+ date filter)")
    }

    func testCaseErrors() {
        assertParseError(
            "select case when a then 1",
            "                         ^",
            "expected 'end' to close 'case'", hint: "case when … then … [else …] end", atEnd: true)
        assertParseError(
            "select case when a then 1 else 2 from reports",
            "                                 ^^^^",
            "expected 'end' to close 'case', found 'from'")
        assertParseError(
            "select case when a 1 end",
            "                   ^",
            "expected 'then' after 'when a'")
        assertParseError(
            "select case end",
            "            ^^^",
            "expected 'when' after 'case'")
        assertParseError(
            "select case x then 1 end",
            "              ^^^^",
            "expected 'when' after 'case x'")
    }

    func testCastAndFilterErrors() {
        assertParseError(
            "select cast(x integer)",
            "              ^^^^^^^",
            "expected 'as' and a type in 'cast(… as type)'")
        assertParseError(
            "select cast(x as intger)",
            "                 ^^^^^^",
            "unknown type 'intger'", hint: "types: integer, decimal, text, bool or date")
        assertParseError(
            "select x::",
            "          ^",
            "expected a type (integer, decimal, text, bool or date)", atEnd: true)
        assertParseError(
            "select count(*) filter (year = 1)",
            "                        ^^^^",
            "expected 'where' after 'filter ('")
        assertParseError(
            "select count(*) filter (where a",
            "                               ^",
            "expected ')' to close 'filter (where …'", atEnd: true)
    }
}
