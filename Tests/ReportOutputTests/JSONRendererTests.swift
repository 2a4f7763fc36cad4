import ReportModel
import XCTest
@testable import ReportOutput

final class JSONRendererTests: XCTestCase {
    func testArrayOfObjectsOnePerLine() {
        assertBytes(JSONRenderer().render(SampleResults.agencies, options: RenderOptions()), """
            [
              {"agency":"北京市人民政府","year":2023,"requests.new":1234,"rate.granted":0.6666666666666666,"online":true},
              {"agency":"Shanghai","year":2022,"requests.new":null,"rate.granted":0.5,"online":false},
              {"agency":"","year":2021,"requests.new":0,"rate.granted":null,"online":null}
            ]

            """)
        assertBytes(JSONRenderer().render(SampleResults.empty, options: RenderOptions()), "[]\n")
    }

    func testStringsEscapeQuotesBackslashesAndControlsButKeepChinese() {
        let result = ResultSet(columns: [ResultColumn(name: "t\"k", type: .text)], rows: [
            [.text("say \"hi\"\\ 北京\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}é😀")],
        ])
        let object = #"{"t\"k":"say \"hi\"\\ 北京\n\r\t\b\f\u0001\u001f"# + "\u{7F}é😀\"}"
        assertBytes(JSONRenderer().render(result, options: RenderOptions()), "[\n  " + object + "\n]\n")
    }

    func testDecimalsRoundTripAndNonFiniteIsNull() throws {
        let numbers: [Double] = [0.1, 2.0 / 3.0, 1e-7, 12, -0.5, 1e20, 123456.789, .leastNonzeroMagnitude]
        let result = ResultSet(
            columns: [ResultColumn(name: "x", type: .decimal)],
            rows: numbers.map { [.decimal($0)] } + [[.decimal(.nan)], [.decimal(-.infinity)]]
        )
        let text = JSONLinesRenderer().render(result, options: RenderOptions())
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.suffix(2), [#"{"x":null}"#, #"{"x":null}"#])
        XCTAssertFalse(text.lowercased().contains("nan") || text.contains("inf"))
        for (line, number) in zip(lines, numbers) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let parsed = try XCTUnwrap(object?["x"] as? NSNumber).doubleValue
            XCTAssertEqual(parsed, number, String(line))
        }
        XCTAssertEqual(lines[3], #"{"x":12}"#)
    }

    func testEveryOutputParsesAsJSON() throws {
        for result in [SampleResults.agencies, SampleResults.awkward, SampleResults.empty] {
            let text = JSONRenderer().render(result, options: RenderOptions())
            let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            XCTAssertEqual(array.count, result.rowCount)
        }
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONRenderer().render(SampleResults.awkward, options: RenderOptions()).utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed[2]["note"] as? String, "line1\nline2")
        XCTAssertTrue(parsed[6]["note"] is NSNull)
    }

    func testRepeatedColumnNamesGetDistinctKeys() {
        let result = ResultSet(
            columns: [ResultColumn(name: "year", type: .integer), ResultColumn(name: "year", type: .integer), ResultColumn(name: "year_2", type: .integer)],
            rows: [[.integer(1), .integer(2), .integer(3)]]
        )
        assertBytes(JSONLinesRenderer().render(result, options: RenderOptions()), #"{"year":1,"year_2":2,"year_2_2":3}"# + "\n")
    }
}
