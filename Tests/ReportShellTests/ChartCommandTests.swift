import XCTest
@testable import ReportShell

final class ChartCommandTests: MetaCommandTestCase {
    func testChartsTheLastResult() {
        _ = output("select city, count(*) as n group by city")
        let chart = output(".chart")
        let lines = chart.split(separator: "\n")
        // 004 names no publisher and no place: its city is null (issue 13).
        XCTAssertEqual(lines.map { $0.prefix(3) }, ["枣庄市", "济宁市", "聊城市", "NUL"])
        XCTAssertEqual(lines.map { $0.split(separator: " ").last! }, ["1", "2", "1", "1"])
        let bars = lines.map { $0.filter { $0 == "█" }.count }
        XCTAssertEqual(bars[1], 2 * bars[0] + 1, "bars in proportion (the 1s end in a half block)")
        XCTAssertEqual(output(".chart city n"), chart)
        XCTAssertEqual(output(".chart 1 2"), chart)
    }

    func testColumnsMustExist() {
        XCTAssertEqual(output(".chart", status: .failure), "")
        XCTAssertEqual(shell.error, "error: nothing to chart yet — run a query first, then .chart\n")
        _ = output("select city, count(*) as n group by city")
        XCTAssertEqual(output(".chart city m", status: .failure), "")
        XCTAssertEqual(shell.error, "error: the last result has no column 'm' — its columns: city, n\n")
        XCTAssertEqual(output(".chart 1 3", status: .failure), "")
        XCTAssertEqual(shell.error, "error: there is no column 3 — the last result has 2 (numbered from 1)\n")
        XCTAssertEqual(output(".chart n city", status: .failure), "")
        XCTAssertEqual(shell.error, "error: cannot chart: column 'city' is not numeric\n")
        XCTAssertEqual(output(".chart city", status: .usage), "")
    }
}
