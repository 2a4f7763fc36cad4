import XCTest
import ReportModel
@testable import ReportIngest

final class ProcessingFeePatternTests: XCTestCase {
    private func fee(_ text: String) -> Value? {
        let (flow, range) = TextFixtures.flow(text)
        return ProcessingFeePattern.find(in: flow, range)?.value
    }

    func testNoneCollected() {
        XCTAssertEqual(fee("依据《政府信息公开信息处理费管理办法》，无收取信息处理费情况。"), .decimal(0))
        XCTAssertEqual(fee("(一) 2021 年度市工信局暂无收取信息处理费的情况；"), .decimal(0))
        XCTAssertEqual(fee("有关规定，2022年度未收取信息处理费。"), .decimal(0))
        XCTAssertEqual(fee("本年度依申请公开政府信息未收取任何费用。"), .decimal(0))
        XCTAssertEqual(fee("2022 年我局未\n\n收取信息处理费。"), .decimal(0))
    }

    func testAmountCollected() {
        XCTAssertEqual(fee("有1件申请收取信息处理费380元。"), .decimal(380))
        XCTAssertEqual(fee("共收取信息处理费 12.5 元"), .decimal(12.5))
        XCTAssertEqual(fee("收取信息处理费0.1万元"), .decimal(1000))
    }

    func testNoFeeStatement() {
        XCTAssertNil(fee("无收费和减免事项"), "not about the processing fee")
        XCTAssertNil(fee("严格执行《政府信息公开信息处理费管理办法》有关规定。"))
        XCTAssertNil(fee("（一）收取信息处理费的情况"), "a heading states nothing")
    }
}
