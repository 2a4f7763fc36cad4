import ReportModel
import XCTest
@testable import ReportOutput

final class LineRendererTests: XCTestCase {
    func testOneFieldPerLineRecordsSeparatedByABlankLine() {
        assertBytes(LineRenderer().render(SampleResults.agencies, options: RenderOptions()), """
            agency       = 北京市人民政府
            year         = 2023
            requests.new = 1234
            rate.granted = 0.6667
            online       = true

            agency       = Shanghai
            year         = 2022
            requests.new = NULL
            rate.granted = 0.5000
            online       = false

            agency       =
            year         = 2021
            requests.new = 0
            rate.granted = NULL
            online       = NULL

            """)
    }

    func testChineseNamesArePaddedByDisplayWidth() {
        let result = ResultSet(
            columns: [ResultColumn(name: "机关", type: .text), ResultColumn(name: "新收申请", type: .integer), ResultColumn(name: "year", type: .integer)],
            rows: [[.text("国家税务总局"), .integer(7), .integer(2024)]]
        )
        assertBytes(LineRenderer().render(result, options: RenderOptions()), """
            机关     = 国家税务总局
            新收申请 = 7
            year     = 2024

            """)
    }

    func testElisionAndFooterFollowAfterABlankLine() {
        var options = RenderOptions()
        options.maxRows = 1
        options.footer = true
        assertBytes(LineRenderer().render(SampleResults.numbered(3), options: options), """
            agency = 机关1
            n      = 1

            … 2 more rows not shown (.maxrows 0 shows all, or export to a file)
            (3 rows)

            """)
        assertBytes(LineRenderer().render(SampleResults.empty, options: options), "(0 rows)\n")
        options.footer = false
        assertBytes(LineRenderer().render(SampleResults.empty, options: options), "")
    }
}
