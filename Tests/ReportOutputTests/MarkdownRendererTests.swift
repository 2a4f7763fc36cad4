import ReportModel
import XCTest
@testable import ReportOutput

final class MarkdownRendererTests: XCTestCase {
    func testPipeTableWithRightAlignedNumbers() {
        assertBytes(MarkdownRenderer().render(SampleResults.agencies, options: RenderOptions()), """
            | agency         | year | requests.new | rate.granted | online |
            | -------------- | ---: | -----------: | -----------: | ------ |
            | 北京市人民政府 | 2023 |         1234 |       0.6667 | true   |
            | Shanghai       | 2022 |         NULL |       0.5000 | false  |
            |                | 2021 |            0 |         NULL | NULL   |

            """)
    }

    func testPipesAreEscapedAndLineBreaksBecomeBr() {
        assertBytes(MarkdownRenderer().render(SampleResults.awkward, options: RenderOptions()), #"""
            |  id | note           |
            | --: | -------------- |
            |   1 | a,b            |
            |   2 | say "hi"       |
            |   3 | line1<br>line2 |
            |   4 |  padded        |
            |   5 | tab\there      |
            |   6 |                |
            |   7 | NULL           |
            |   8 | a\|b\c         |

            """#)
    }

    func testEveryRowIsWrittenDespiteMaxRows() {
        var options = RenderOptions()
        options.maxRows = 2
        XCTAssertEqual(MarkdownRenderer().render(SampleResults.numbered(5), options: options).split(separator: "\n").count, 7)
    }
}
