import XCTest
import ReportModel
@testable import ReportQuery

/// group by, having, order by (nulls last, stable), limit and offset.
final class GroupingTests: QueryTestCase {
    private func texts(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        column(query, file: file, line: line).map { $0.textValue ?? "null" }
    }

    func testGroupsComeOutSortedByKeyWithNullLast() {
        XCTAssertEqual(rows("select province, count(*) as n group by province"), [
            [.text("上海市"), .integer(1)], [.text("北京市"), .integer(1)], [.text("山东省"), .integer(2)], [.null, .integer(1)],
        ])
    }

    func testOrderByAggregateIsStable() {
        // with order by, ties keep the order in which groups first appear (山东省 r1, 北京市 r2, 上海市 r3, null r5)
        XCTAssertEqual(texts("select province, count(*) as n group by province order by n desc"), ["山东省", "北京市", "上海市", "null"])
        XCTAssertEqual(texts("select province group by province order by sum(requests.new) desc"), ["山东省", "null", "北京市", "上海市"])
    }

    func testHaving() {
        XCTAssertEqual(texts("select province, count(*) group by province having count(*) > 1"), ["山东省"])
        XCTAssertEqual(texts("select province, count(*) as n group by province having n >= 2"), ["山东省"])
        XCTAssertEqual(rows("select count(*) having count(*) > 10"), [])
        XCTAssertEqual(rows("select count(*) having count(*) > 1"), [[.integer(5)]])
    }

    func testGroupByAliasNumberAndExpression() {
        let expected: [[Value]] = [[.text("上海市"), .integer(1)], [.text("北京市"), .integer(1)], [.text("山东省"), .integer(2)],
                                   [.null, .integer(1)]]
        XCTAssertEqual(rows("select province as p, count(*) group by p"), expected)
        XCTAssertEqual(rows("select province, count(*) group by 1"), expected)
        XCTAssertEqual(rows("select 省, count(*) group by province"), expected)
        XCTAssertEqual(rows("select year > 2021 as recent, count(*) group by recent"),
                       [[.bool(false), .integer(1)], [.bool(true), .integer(3)], [.null, .integer(1)]])
    }

    func testSeveralKeys() {
        XCTAssertEqual(rows("select province, year, count(*) group by province, year"), [
            [.text("上海市"), .integer(2022), .integer(1)], [.text("北京市"), .integer(2021), .integer(1)],
            [.text("山东省"), .integer(2022), .integer(1)], [.text("山东省"), .integer(2023), .integer(1)],
            [.null, .null, .integer(1)],
        ])
        XCTAssertEqual(rows("select check.ok, year, sum(requests.new) group by 1, 2 order by 3 desc"), [
            [.bool(true), .integer(2023), .integer(25)], [.bool(true), .integer(2022), .integer(10)],
            [.null, .null, .integer(7)], [.bool(false), .integer(2021), .integer(0)], [.null, .integer(2022), .null],
        ])
    }

    func testChineseAliasesThroughout() {
        XCTAssertEqual(rows("select 省, count(*) as 数量 group by 省 order by 数量 desc limit 1"), [[.text("山东省"), .integer(2)]])
        XCTAssertEqual(texts("select 机关 where 本年新收 > 9 order by 年度 desc"), ["济南市公安局", "济南市济阳区工业和信息化局"])
    }

    func testOrderByNullsLastBothWays() {
        XCTAssertEqual(texts("select id order by proactive.fees"), ["r4", "r3", "r1", "r2", "r5"])
        XCTAssertEqual(texts("select id order by proactive.fees desc"), ["r1", "r3", "r4", "r2", "r5"])
        XCTAssertEqual(texts("select id order by province desc, year desc"), ["r4", "r1", "r2", "r3", "r5"])
        XCTAssertEqual(texts("select id order by -year"), ["r4", "r1", "r3", "r2", "r5"])
        XCTAssertEqual(texts("select id order by check.ok desc, id desc"), ["r4", "r1", "r2", "r5", "r3"])
        XCTAssertEqual(texts("select id, year as y order by y, 1 desc"), ["r2", "r3", "r1", "r4", "r5"])
    }

    func testLimitAndOffset() {
        XCTAssertEqual(texts("select id order by id limit 2 offset 1"), ["r2", "r3"])
        XCTAssertEqual(texts("select id limit 2"), ["r1", "r2"])
        XCTAssertEqual(texts("select id where requests.new > 0 limit 2 offset 1"), ["r4", "r5"])
        XCTAssertEqual(texts("select id limit 0"), [])
        XCTAssertEqual(texts("select id limit 3 offset 10"), [])
        XCTAssertEqual(texts("select province, count(*) group by province limit 1 offset 2"), ["山东省"])
    }

    func testAliasesInWhere() {
        XCTAssertEqual(column("select requests.new as n where n > 9"), [.integer(10), .integer(25)])
        XCTAssertEqual(error("select count(*) as n where n > 1")?.message, "aggregate function 'count' is not allowed in where")
    }

    func testResultColumnsKeepNamesAndTypes() throws {
        let result = try database.query("select province as 省份, count(*), avg(proactive.fees) group by province")
        XCTAssertEqual(result.columns, [ResultColumn(name: "省份", type: .text), ResultColumn(name: "count(*)", type: .integer),
                                        ResultColumn(name: "avg(proactive.fees)", type: .decimal)])
        let nulls = try database.query("select null as nothing limit 1")
        XCTAssertEqual(nulls.columns, [ResultColumn(name: "nothing", type: nil)])
        XCTAssertEqual(nulls.rows, [[.null]])
    }

    func testAggregateOfConstantsAndExpressions() {
        XCTAssertEqual(rows("select sum(1), sum(requests.new * 2), max(length(agency)), count(distinct year > 2021)"),
                       [[.integer(5), .integer(84), .integer(13), .integer(2)]])
    }
}
