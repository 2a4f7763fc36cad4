import ReportModel
import XCTest
@testable import ReportOutput

/// `RenderOptions.columnWidths` (sqlite3's `.width`): 0 automatic, N left-aligned in N columns, −N
/// right-aligned in N, a longer cell or header cut with `…`; columns past the list automatic.
final class ColumnWidthsTests: XCTestCase {
    func testFixedWidthsCutAndAlign() {
        var options = RenderOptions()
        options.columnWidths = [6, -6, 0]
        // 北京市人民政府 is 14 columns: 5 are left for text before the one-column …, so 北京 (4) + ….
        assertBytes(TableRenderer().render(SampleResults.agencies, options: options), """
            +--------+--------+--------------+--------------+--------+
            | agency |   year | requests.new | rate.granted | online |
            +--------+--------+--------------+--------------+--------+
            | 北京…  |   2023 |         1234 |       0.6667 | true   |
            | Shang… |   2022 |         NULL |       0.5000 | false  |
            |        |   2021 |            0 |         NULL | NULL   |
            +--------+--------+--------------+--------------+--------+

            """)
    }

    func testAPositiveWidthLeftAlignsNumbersAndCutsTheHeader() {
        var options = RenderOptions()
        options.columnWidths = [0, 0, 4]
        let table = TableRenderer().render(SampleResults.agencies, options: options)
        XCTAssertTrue(table.hasPrefix("""
            +----------------+------+------+--------------+--------+
            | agency         | year | req… | rate.granted | online |
            +----------------+------+------+--------------+--------+
            | 北京市人民政府 | 2023 | 1234 |       0.6667 | true   |
            | Shanghai       | 2022 | NULL |       0.5000 | false  |
            |                | 2021 | 0    |         NULL | NULL   |

            """), table)
        XCTAssertEqual(TableRenderer.width(of: SampleResults.agencies, options: options), 56)
    }

    func testBoxTakesTheWidthsToo() {
        var options = RenderOptions()
        options.columnWidths = [-3]
        let result = ResultSet(columns: [ResultColumn(name: "名", type: .text)], rows: [[.text("山")], [.text("山东省")]])
        assertBytes(BoxRenderer().render(result, options: options), """
            ┌─────┐
            │  名 │
            ├─────┤
            │  山 │
            │ 山… │
            └─────┘

            """)
    }
}
