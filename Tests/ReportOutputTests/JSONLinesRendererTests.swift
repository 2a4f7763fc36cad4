import ReportModel
import XCTest
@testable import ReportOutput

final class JSONLinesRendererTests: XCTestCase {
    func testOneCompactObjectPerLine() {
        assertBytes(JSONLinesRenderer().render(SampleResults.agencies, options: RenderOptions()), """
            {"agency":"北京市人民政府","year":2023,"requests.new":1234,"rate.granted":0.6666666666666666,"online":true}
            {"agency":"Shanghai","year":2022,"requests.new":null,"rate.granted":0.5,"online":false}
            {"agency":"","year":2021,"requests.new":0,"rate.granted":null,"online":null}

            """)
        assertBytes(JSONLinesRenderer().render(SampleResults.empty, options: RenderOptions()), "")
    }

    func testNewlinesInValuesStayInsideTheirLine() {
        let lines = JSONLinesRenderer().render(SampleResults.awkward, options: RenderOptions()).split(separator: "\n")
        XCTAssertEqual(lines.count, 8)
        XCTAssertEqual(lines[2], #"{"id":3,"note":"line1\nline2"}"#)
        XCTAssertEqual(lines[7], #"{"id":8,"note":"a|b\\c"}"#)
    }
}
