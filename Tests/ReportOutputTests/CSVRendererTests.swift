import ReportModel
import XCTest
@testable import ReportOutput

final class CSVRendererTests: XCTestCase {
    func testHeaderRowsCRLFAndFullPrecisionNumbers() {
        assertBytes(CSVRenderer().render(SampleResults.agencies, options: RenderOptions()),
            "agency,year,requests.new,rate.granted,online\r\n"
            + "北京市人民政府,2023,1234,0.6666666666666666,true\r\n"
            + "Shanghai,2022,,0.5,false\r\n"
            + "\"\",2021,0,,\r\n")
    }

    func testQuotesOnlyWhenNeededAndDoublesQuotes() {
        assertBytes(CSVRenderer().render(SampleResults.awkward, options: RenderOptions()),
            "id,note\r\n"
            + "1,\"a,b\"\r\n"
            + "2,\"say \"\"hi\"\"\"\r\n"
            + "3,\"line1\nline2\"\r\n"
            + "4,\" padded \"\r\n"
            + "5,tab\there\r\n"
            + "6,\"\"\r\n"
            + "7,\r\n"
            + "8,a|b\\c\r\n")
    }

    func testCarriageReturnAndQuotedHeaders() {
        let result = ResultSet(
            columns: [ResultColumn(name: "a,b", type: .text), ResultColumn(name: "名称", type: .text)],
            rows: [[.text("x\ry"), .text("\"\u{0301}")]]
        )
        assertBytes(CSVRenderer().render(result, options: RenderOptions()),
            "\"a,b\",名称\r\n\"x\ry\",\"\"\"\u{0301}\"\r\n")
    }

    func testOptionalByteOrderMarkForExcel() {
        var options = RenderOptions()
        options.bom = true
        let text = CSVRenderer().render(SampleResults.empty, options: options)
        XCTAssertEqual(Array(text.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
        assertBytes(text, "\u{FEFF}agency,year,requests.new,rate.granted,online\r\n")
    }

    func testNonFiniteDecimalsAreEmptyAndLargeNumbersExact() {
        let result = ResultSet(columns: [ResultColumn(name: "x", type: .decimal)], rows: [
            [.decimal(.nan)], [.decimal(.infinity)], [.decimal(1e-5)], [.decimal(123456789.25)], [.integer(Int.max)],
        ])
        assertBytes(CSVRenderer().render(result, options: RenderOptions()),
            "x\r\n\r\n\r\n1e-05\r\n123456789.25\r\n9223372036854775807\r\n")
    }

    func testMaxRowsDoesNotCutData() {
        var options = RenderOptions()
        options.maxRows = 1
        XCTAssertEqual(CSVRenderer().render(SampleResults.numbered(5), options: options).components(separatedBy: "\r\n").count, 7)
    }
}
