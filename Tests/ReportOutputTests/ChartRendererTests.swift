import ReportModel
import XCTest
@testable import ReportOutput

final class ChartRendererTests: XCTestCase {
    private func chart(_ rows: [(String, Value)], width: Int) throws -> String {
        let result = ResultSet(
            columns: [ResultColumn(name: "agency", type: .text), ResultColumn(name: "n", type: .integer)],
            rows: rows.map { [.text($0.0), $0.1] }
        )
        var options = RenderOptions()
        options.terminalWidth = width
        return try ChartRenderer().render(result, options: options)
    }

    func testBarsScaleToTheWidthWithChineseLabelsAligned() throws {
        let text = try chart([
            ("北京市", .integer(1234)), ("上海", .integer(617)), ("广州市", .null), ("深圳", .integer(0)),
            ("杭州市", .integer(1000)),
        ], width: 40)
        assertBytes(text, """
            北京市 ████████████████████████████ 1234
            上海   ██████████████ 617
            广州市 NULL
            深圳   0
            杭州市 ██████████████████████▊ 1000

            """)
        XCTAssertEqual(text.split(separator: "\n").map { DisplayWidth.of($0) }.max(), 40)
    }

    func testNegativeValuesGrowLeftOfAnAxis() throws {
        assertBytes(try chart([("甲", .integer(8)), ("乙", .integer(-4)), ("丙", .null), ("丁", .integer(-2))], width: 30), """
            甲        ███████████████ 8
            乙 ███████ -4
            丙        NULL
            丁    ▐███ -2

            """)
    }

    func testTinyValuesStillShowASliverAndDecimalsAreFormattedAsInATable() throws {
        let result = ResultSet(
            columns: [ResultColumn(name: "机关", type: .text), ResultColumn(name: "rate", type: .decimal)],
            rows: [[.text("甲"), .decimal(1)], [.text("乙"), .decimal(0.001)], [.text("丙"), .decimal(0.5)]]
        )
        var options = RenderOptions()
        options.terminalWidth = 20
        options.decimalPlaces = 2
        assertBytes(try ChartRenderer().render(result, options: options), """
            甲 █████████████ 1.0
            乙 ▏ 0.0
            丙 ██████▌ 0.5

            """)
    }

    func testLongLabelsAreCutToAThirdOfTheWidth() throws {
        let text = try chart([("国家发展和改革委员会办公厅", .integer(2)), ("短", .integer(1))], width: 30)
        assertBytes(text, """
            国家发展… ██████████████████ 2
            短        █████████ 1

            """)
    }

    func testColumnChoice() throws {
        let years = ResultSet(
            columns: [ResultColumn(name: "year", type: .integer), ResultColumn(name: "n", type: .integer)],
            rows: [[.integer(2023), .integer(4)], [.integer(2024), .integer(2)]]
        )
        var options = RenderOptions()
        options.terminalWidth = 20
        assertBytes(try ChartRenderer().render(years, options: options), """
            2023 █████████████ 4
            2024 ██████▌ 2

            """)
        assertBytes(try ChartRenderer(labelColumn: 1, valueColumn: 0).render(years, options: options), """
            4 █████████████ 2023
            2 █████████████ 2024

            """)
        let single = ResultSet(columns: [ResultColumn(name: "n", type: nil)], rows: [[.integer(3)], [.null], [.decimal(1.5)]])
        assertBytes(try ChartRenderer().render(single, options: options), """
            1 █████████████ 3
            2 NULL
            3 ██████▌ 1.5

            """)
    }

    func testErrorsWhenThereIsNothingToMeasure() {
        let text = ResultSet(columns: [ResultColumn(name: "agency", type: .text)], rows: [[.text("甲")]])
        XCTAssertThrowsError(try ChartRenderer().render(text, options: RenderOptions())) { error in
            XCTAssertEqual(error as? ChartError, .noNumericColumn)
            XCTAssertEqual("\(error)", "cannot chart: the result has no numeric column")
        }
        XCTAssertThrowsError(try ChartRenderer(valueColumn: 0).render(text, options: RenderOptions())) { error in
            XCTAssertEqual(error as? ChartError, .notNumeric(column: "agency"))
        }
        XCTAssertThrowsError(try ChartRenderer(labelColumn: 5).render(SampleResults.agencies, options: RenderOptions())) { error in
            XCTAssertEqual(error as? ChartError, .columnOutOfRange(index: 5, columnCount: 5))
            XCTAssertEqual("\(error)", "cannot chart: there is no column 5 (columns are numbered from 0; the result has 5)")
        }
    }

    func testMaxRowsAppliesToCharts() throws {
        var options = RenderOptions()
        options.terminalWidth = 30
        options.maxRows = 1
        let text = try ChartRenderer().render(SampleResults.numbered(3), options: options)
        assertBytes(text, """
            机关1 ██████████████████████ 1
            … 2 more rows not shown (.maxrows 0 shows all, or export to a file)

            """)
    }
}
