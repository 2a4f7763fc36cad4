import XCTest
@testable import ReportQuery

final class ParserTests: XCTestCase {
    private func statement(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Statement? {
        do {
            return try Parser.parseStatement(text)
        } catch {
            XCTFail("\(text): \(error.error.message)", file: file, line: line)
            return nil
        }
    }

    private func query(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> SelectQuery? {
        guard case .select(let query)? = statement(text, file: file, line: line) else { return nil }
        return query
    }

    /// The expression of `select E` as an S-expression.
    private func tree(_ expression: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let query = query("select " + expression, file: file, line: line),
              case .expression(let e, _, _) = query.items.first else { return "?" }
        return Self.render(e)
    }

    static func render(_ e: ParsedExpression) -> String {
        switch e.kind {
        case .integer(let v): return "\(v)"
        case .decimal(let v): return "\(v)"
        case .string(let v): return "'\(v)'"
        case .bool(let v): return "\(v)"
        case .null: return "null"
        case .name(let n): return n
        case .negate(let x): return "(- \(render(x)))"
        case .not(let x): return "(not \(render(x)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(render(a)) \(render(b)))"
        case .isNull(let x, let negated): return "(\(negated ? "notnull" : "isnull") \(render(x)))"
        case .inList(let x, let list, let negated):
            return "(\(negated ? "notin" : "in") \(render(x)) \(list.map(render).joined(separator: " ")))"
        case .between(let x, let low, let high, let negated):
            return "(\(negated ? "notbetween" : "between") \(render(x)) \(render(low)) \(render(high)))"
        case .like(let x, let p, let negated): return "(\(negated ? "notlike" : "like") \(render(x)) \(render(p)))"
        case .call(let name, _, let args, let distinct, let star):
            let inner = star ? "*" : (distinct ? "distinct " : "") + args.map(render).joined(separator: " ")
            return "\(name)[\(inner)]"
        case .filtered(let call, let condition): return "(filter \(render(call)) \(render(condition)))"
        case .caseWhen(let operand, let branches, let otherwise):
            let parts = (operand.map { [render($0)] } ?? []) + branches.map { "(when \(render($0.when)) \(render($0.then)))" }
                + (otherwise.map { ["(else \(render($0)))"] } ?? [])
            return "(case \(parts.joined(separator: " ")))"
        case .cast(let x, let target, _, let orNull): return "(\(orNull ? "try_cast" : "cast") \(render(x)) \(target.rawValue))"
        case .date(let text): return "(date '\(text)')"
        case .subquery: return "(subquery)"
        case .exists: return "(exists)"
        case .inQuery(let x, _, let negated): return "(\(negated ? "notin" : "in") \(render(x)) (subquery))"
        case .window(let call, let spec):
            return "(over \(render(call)) [\(spec.partitionBy.map(render).joined(separator: " "))] [\(spec.orderBy.map { render($0.expression) + ($0.descending ? " desc" : "") }.joined(separator: " "))])"
        }
    }

    func testPrecedence() {
        XCTAssertEqual(tree("a or b and c"), "(or a (and b c))")
        XCTAssertEqual(tree("not a = b and c"), "(and (not (= a b)) c)")
        XCTAssertEqual(tree("1 + 2 * 3 - 4 / 5"), "(- (+ 1 (* 2 3)) (/ 4 5))")
        XCTAssertEqual(tree("-a * b"), "(* (- a) b)")
        XCTAssertEqual(tree("- -a"), "(- (- a))")
        XCTAssertEqual(tree("+a"), "a")
        XCTAssertEqual(tree("(a + b) * c"), "(* (+ a b) c)")
        XCTAssertEqual(tree("a + b > c * 2 or d"), "(or (> (+ a b) (* c 2)) d)")
        XCTAssertEqual(tree("agency ~ '局' and year = 2022"), "(and (~ agency '局') (= year 2022))")
    }

    func testPredicates() {
        XCTAssertEqual(tree("a is null"), "(isnull a)")
        XCTAssertEqual(tree("a is not null"), "(notnull a)")
        XCTAssertEqual(tree("a in (1, 2, 3)"), "(in a 1 2 3)")
        XCTAssertEqual(tree("a not in ('x')"), "(notin a 'x')")
        XCTAssertEqual(tree("a between 1 and 2 and b"), "(and (between a 1 2) b)")
        XCTAssertEqual(tree("a not between 1 + 1 and 5"), "(notbetween a (+ 1 1) 5)")
        XCTAssertEqual(tree("a like '%局'"), "(like a '%局')")
        XCTAssertEqual(tree("a not like '_x'"), "(notlike a '_x')")
        XCTAssertEqual(tree("not a like 'x'"), "(not (like a 'x'))")
        XCTAssertEqual(tree("a != 1 or a <> 2"), "(or (!= a 1) (!= a 2))")
    }

    func testLiteralsAndKeywordsAreCaseInsensitive() {
        XCTAssertEqual(tree("NULL"), "null")
        XCTAssertEqual(tree("True and FALSE"), "(and true false)")
        XCTAssertEqual(tree("a IS NOT NULL"), "(notnull a)")
        XCTAssertNotNil(query("SELECT agency FROM reports WHERE year = 1 ORDER BY agency DESC LIMIT 1"))
    }

    func testFunctionCalls() {
        XCTAssertEqual(tree("count(*)"), "count[*]")
        XCTAssertEqual(tree("COUNT(distinct agency)"), "COUNT[distinct agency]")
        XCTAssertEqual(tree("round(avg(x), 2)"), "round[avg[x] 2]")
        XCTAssertEqual(tree("coalesce()"), "coalesce[]")
        XCTAssertEqual(tree("ratio(a, b) * 100"), "(* ratio[a b] 100)")
    }

    func testEveryClause() throws {
        let q = try XCTUnwrap(query("""
            select province as 省份, count(*) as n, sum(requests.new)
            from v where year >= 2021 group by province, 2 having count(*) > 1
            order by n desc, 省份 asc, 3 limit 10 offset 5;
            """))
        XCTAssertEqual(q.items.count, 3)
        guard case .expression(_, let alias, _) = q.items[0] else { return XCTFail("item") }
        XCTAssertEqual(alias, "省份")
        XCTAssertEqual(q.from?.tableName?.text, "v")
        XCTAssertEqual(q.filter.map(Self.render), "(>= year 2021)")
        XCTAssertEqual(q.groupBy.map(Self.render), ["province", "2"])
        XCTAssertEqual(q.having.map(Self.render), "(> count[*] 1)")
        XCTAssertEqual(q.orderBy.map { Self.render($0.expression) }, ["n", "省份", "3"])
        XCTAssertEqual(q.orderBy.map(\.descending), [true, false, false])
        XCTAssertEqual(q.limit, 10)
        XCTAssertEqual(q.offset, 5)
    }

    func testSelectItems() throws {
        let q = try XCTUnwrap(query("select *, requests.new.*, 本年新收.*, a as \"my name\", b as `x y`, c as 'z'"))
        guard case .star = q.items[0], case .prefixStar("requests.new", _) = q.items[1],
              case .prefixStar("本年新收", _) = q.items[2],
              case .expression(_, "my name", _) = q.items[3], case .expression(_, "x y", _) = q.items[4],
              case .expression(_, "z", _) = q.items[5] else {
            return XCTFail("\(q.items)")
        }
    }

    func testFieldNamesThatLookLikeWordsAreNames() {
        XCTAssertEqual(tree("text ~ '依申请' and text.s1 ~ 'x'"), "(and (~ text '依申请') (~ text.s1 'x'))")
        XCTAssertEqual(tree("file"), "file")
        XCTAssertEqual(tree("`order` + 1"), "(+ order 1)")
    }

    func testStatements() {
        guard case .createView(let name, _, let text, let orReplace, _)? = statement("create view 大户 as select agency where requests.new > 100;")
        else { return XCTFail("create") }
        XCTAssertEqual(name.text, "大户")
        XCTAssertEqual(text, "select agency where requests.new > 100")
        XCTAssertFalse(orReplace)
        guard case .createView(_, _, _, true, _)? = statement("CREATE OR REPLACE VIEW v AS SELECT 1") else { return XCTFail("replace") }
        guard case .dropView(let dropped, _)? = statement("drop view v") else { return XCTFail("drop") }
        XCTAssertEqual(dropped.text, "v")
        guard case .listViews? = statement("views;") else { return XCTFail("views") }
        guard case .export(.name(let v), "out.csv", let plain)? = statement("export v to 'out.csv'") else { return XCTFail("export") }
        XCTAssertEqual(v.text, "v")
        XCTAssertEqual(plain, ExportOptions())
        guard case .export(.query(let q), "a b.json", let bom)? = statement("export select agency where year = 2022 to \"a b.json\" with bom")
        else { return XCTFail("export query") }
        XCTAssertEqual(q.filter.map(Self.render), "(= year 2022)")
        XCTAssertTrue(bom.withBOM)
    }

    func testExportTakesPartitionByAndOverwriteInAnyOrder() throws {
        guard case .export(_, "out", let options)? = statement("export v to 'out' overwrite partition by year, `tables.review`;")
        else { return XCTFail("export partition") }
        XCTAssertEqual(options.partitionBy.map(\.text), ["year", "tables.review"])
        XCTAssertTrue(options.overwrite)
        XCTAssertFalse(options.withBOM)
        XCTAssertEqual(options.partitionBy[0].range, SourceRange(start: 41, end: 45))
        for (bad, message) in [
            ("export v to 'out' partition year", "expected 'by' after 'partition'"),
            ("export v to 'out' partition by", "expected a column name after 'partition by'"),
            ("export v to 'out' partition by year,", "expected a column name after ','"),
            ("export v to 'out' replace", "expected 'with bom', 'partition by' or 'overwrite' after the path, found 'replace'"),
        ] {
            XCTAssertThrowsError(try Parser.parseStatement(bad), bad) { error in
                XCTAssertEqual((error as? ParseFailure)?.error.message, message, bad)
            }
        }
    }

    func testQueryRangeCoversTheQuery() throws {
        let q = try XCTUnwrap(query("select a from b limit 3 ;"))
        XCTAssertEqual(q.range, SourceRange(start: 0, end: 23))
    }

    // MARK: - Errors, positions marked with carets

    func testExpectedExpressionAfterWhere() {
        assertParseError(
            "select agency where",
            "                   ^",
            "expected an expression after 'where'", atEnd: true)
        assertParseError(
            "select agency where order by 1",
            "                    ^^^^^",
            "expected an expression after 'where'", atEnd: false)
    }

    func testMissingOperands() {
        assertParseError(
            "select 1 +",
            "          ^",
            "expected an expression after '+'", atEnd: true)
        assertParseError(
            "select a and , b",
            "             ^",
            "expected an expression after 'and'")
        assertParseError(
            "select",
            "      ^",
            "expected an expression after 'select'", atEnd: true)
        assertParseError(
            "select a, from x",
            "          ^^^^",
            "expected an expression after ','")
    }

    func testUnclosedParenthesesAndCalls() {
        assertParseError(
            "select (1 + 2",
            "             ^",
            "expected ')' to close '('", atEnd: true)
        assertParseError(
            "select count(x y",
            "               ^",
            "expected ')' to close the arguments of 'count'", hint: "separate arguments with ','")
        assertParseError(
            "select a in 1",
            "            ^",
            "expected '(' after 'in'")
    }

    func testUnexpectedTokenAfterQuery() {
        assertParseError(
            "select agency year",
            "              ^^^^",
            "unexpected 'year'", hint: "separate columns with ',' and name them with 'as'")
        assertParseError(
            "select agency wehre year = 1",
            "              ^^^^^",
            "unexpected 'wehre'", hint: "did you mean 'where'?")
        assertParseError(
            "select agency limit 5 where year = 1",
            "                      ^^^^^",
            "unexpected 'where'", hint: "clauses go in this order: from, where, group by, having, order by, limit, offset")
        assertParseError(
            "select 1; select 2",
            "          ^^^^^^",
            "only one statement at a time")
    }

    func testStatementErrors() {
        assertParseError(
            "selct agency",
            "^^^^^",
            "expected a statement (select, create view, drop view, views, export), found 'selct'",
            hint: "did you mean 'select'?")
        assertParseError(
            "",
            "^",
            "empty statement", atEnd: true)
        assertParseError(
            "create view v as",
            "                ^",
            "expected a query ('select …') after 'as'", atEnd: true)
        assertParseError(
            "create view select as select 1",
            "            ^^^^^^",
            "expected a view name after 'view'")
        assertParseError(
            "export v 'x.csv'",
            "         ^^^^^^^",
            "expected 'to' and a file path in quotes")
        assertParseError(
            "export v to x.csv",
            "            ^^^^^",
            "expected a file path in quotes after 'to'")
        assertParseError(
            "select a group year",
            "               ^^^^",
            "expected 'by' after 'group'")
        assertParseError(
            "select a limit x",
            "               ^",
            "expected a whole number after 'limit'")
        assertParseError(
            "select a is 1",
            "            ^",
            "expected 'null' after 'is'")
        assertParseError(
            "select a as from",
            "            ^^^^",
            "expected a column name after 'as'")
    }

    func testErrorPositionsInChineseText() {
        assertParseError(
            "select 机关 where 年度 >",
            "                        ^",
            "expected an expression after '>'", atEnd: true)
        assertParseError(
            "select 机关 where 年度 = '二〇二二",
            "                         ^^^^^^^^^^",
            "unterminated string", atEnd: true)
    }

    func testDeepNestingIsRefusedNotCrashed() {
        let deep = "select " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        XCTAssertThrowsError(try Parser.parseStatement(deep)) { error in
            XCTAssertTrue((error as? ParseFailure)?.error.message.contains("nested too deeply") ?? false)
        }
        let long = "select " + Array(repeating: "1", count: 5_000).joined(separator: " + ")
        XCTAssertThrowsError(try Parser.parseStatement(long))
        let negations = "select " + String(repeating: "- ", count: 5_000) + "1"
        XCTAssertThrowsError(try Parser.parseStatement(negations))
        XCTAssertNoThrow(try Parser.parseStatement("select " + Array(repeating: "1", count: 150).joined(separator: " + ")))
    }
}
