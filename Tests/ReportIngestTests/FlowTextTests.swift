import XCTest
@testable import ReportIngest

final class FlowTextTests: XCTestCase {
    private func flow(_ text: String) -> FlowText { ReportText(text).flow }

    func testPDFLineBreaksAreJoinedAndBlankLinesVanish() {
        let f = flow("依据办法，2022 年我局未\n\n收取信息处理费。")
        XCTAssertEqual(f.string(f.all), "依据办法，2022 年我局未收取信息处理费。")
    }

    func testHardBreaksAfterSentencesAndAroundNumberedItems() {
        let f = flow("第一句。\n第二句\n（二）依申请公开\n2022年共受理2件\n一是加强")
        XCTAssertEqual(f.string(f.all), "第一句。\n第二句\n（二）依申请公开\n2022年共受理2件\n一是加强")
    }

    func testNumbersOnAdjacentLinesDoNotFuse() {
        let f = flow("活动 1\n2 次")
        XCTAssertEqual(f.string(f.all), "活动 1 2 次")
    }

    func testMarkupAndSpacesAreRemoved() {
        let f = flow("　[bookmark: _GoBack]本年度报告\t")
        XCTAssertEqual(f.string(f.all), "本年度报告")
    }

    func testOffsetsMapToLineNumbers() throws {
        let f = flow("\n甲乙\n\n丙丁\n")
        let bytes = f.bytes
        let bing = try XCTUnwrap(Bytes.find(Array("丙".utf8), in: bytes, f.all))
        XCTAssertEqual(f.lineNumber(at: 0), 2)
        XCTAssertEqual(f.lineNumber(at: bing), 4)
        XCTAssertEqual(f.lineNumber(at: bing + 3), 4)
        XCTAssertEqual(f.range(ofLines: 3..<5), bing..<bytes.count)
    }
}
