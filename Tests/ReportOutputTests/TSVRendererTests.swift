import ReportModel
import XCTest
@testable import ReportOutput

final class TSVRendererTests: XCTestCase {
    func testTabSeparatedWithNullsEmpty() {
        assertBytes(TSVRenderer().render(SampleResults.agencies, options: RenderOptions()), """
            agency\tyear\trequests.new\trate.granted\tonline
            北京市人民政府\t2023\t1234\t0.6666666666666666\ttrue
            Shanghai\t2022\t\t0.5\tfalse
            \t2021\t0\t\t

            """)
    }

    func testTabsNewlinesAndBackslashesAreEscaped() {
        assertBytes(TSVRenderer().render(SampleResults.awkward, options: RenderOptions()), #"""
            id	note
            1	a,b
            2	say "hi"
            3	line1\nline2
            4	 padded 
            5	tab\there
            6	
            7	
            8	a|b\\c

            """#)
        let one = ResultSet(columns: [ResultColumn(name: "t", type: .text)], rows: [[.text("a\r\nb\\")]])
        var options = RenderOptions()
        options.headers = false
        assertBytes(TSVRenderer().render(one, options: options), #"a\r\nb\\"# + "\n")
    }
}
