import ReportModel
import XCTest
@testable import ReportOutput

/// A table wider than the terminal hides its middle columns behind a `…` column, as DuckDB's shell.
/// `SampleResults.agencies` has columns of display widths 14 (北京市人民政府), 4, 12, 12, 6: a full
/// table is 1 + 17 + 7 + 15 + 15 + 9 = 64 wide; the `…` column takes 4.
final class ColumnElisionTests: XCTestCase {
    private func options(width: Int?) -> RenderOptions {
        var options = RenderOptions()
        options.terminalWidth = width
        return options
    }

    func testTheFirstAndLastColumnsStayAndTheMiddleOnesAreCountedBelow() {
        // Width 40: 5 (bar and …) + agency 17 = 22, + online 9 = 31, + year 7 = 38; rate.granted (15) no longer fits.
        let text = TableRenderer().render(SampleResults.agencies, options: options(width: 40))
        assertBytes(text, """
            +----------------+------+---+--------+
            | agency         | year | … | online |
            +----------------+------+---+--------+
            | 北京市人民政府 | 2023 | … | true   |
            | Shanghai       | 2022 | … | false  |
            |                | 2021 | … | NULL   |
            +----------------+------+---+--------+
            … 2 of 5 columns not shown (.expanded on shows every field, one per line)

            """)
        let tableLines = text.split(separator: "\n").dropLast()
        XCTAssertEqual(Set(tableLines.map { DisplayWidth.of($0) }), [38], "aligned by display width")
    }

    func testOneColumnLessWhenTheNextDoesNotFit() {
        // Width 37: agency and online (31) fit, year would make 38.
        let text = TableRenderer().render(SampleResults.agencies, options: options(width: 37))
        XCTAssertTrue(text.hasPrefix("+----------------+---+--------+\n| agency         | … | online |\n"), text)
        XCTAssertTrue(text.contains("… 3 of 5 columns not shown"), text)
    }

    func testATableThatFitsIsWholeAndAnUnknownWidthNeverElides() {
        let whole = TableRenderer().render(SampleResults.agencies, options: RenderOptions())
        assertBytes(TableRenderer().render(SampleResults.agencies, options: options(width: 64)), whole)
        XCTAssertNotEqual(TableRenderer().render(SampleResults.agencies, options: options(width: 63)), whole)
        var off = options(width: 20)
        off.elidesColumns = false
        assertBytes(TableRenderer().render(SampleResults.agencies, options: off), whole)
    }

    func testAtLeastTheFirstColumnIsShownHoweverNarrowTheTerminal() {
        let text = TableRenderer().render(SampleResults.agencies, options: options(width: 10))
        XCTAssertTrue(text.hasPrefix("+----------------+---+\n| agency         | … |\n"), text)
        XCTAssertTrue(text.contains("… 4 of 5 columns not shown"), text)
        XCTAssertEqual(ColumnElision.choose(widths: [30], budget: 10), nil, "a single column is never elided")
    }

    func testBoxElidesTheSameColumnsAndTheFooterFollows() {
        var options = options(width: 40)
        options.footer = true
        let text = BoxRenderer().render(SampleResults.agencies, options: options)
        XCTAssertTrue(text.hasPrefix("┌────────────────┬──────┬───┬────────┐\n│ agency         │ year │ … │ online │\n"), text)
        XCTAssertTrue(text.hasSuffix("└────────────────┴──────┴───┴────────┘\n… 2 of 5 columns not shown (.expanded on shows every field, one per line)\n(3 rows)\n"), text)
    }

    func testExpandedAutoShowsOneFieldPerLineInsteadOfEliding() {
        var options = options(width: 40)
        options.expanded = .auto
        assertBytes(TableRenderer().render(SampleResults.agencies, options: options),
                    LineRenderer().render(SampleResults.agencies, options: options))
    }
}
