import XCTest
import ReportModel
@testable import ReportIngest

/// The pieces of the sequence reading: the stream, its cuts, the fuzzy label match.
final class StreamReadingTests: XCTestCase {
    private func stream(_ text: String) -> TableStream {
        TableStream(lines: TableFixture.lines(text)) { _ in true }
    }

    func testLineStructureMakesNoDifference() {
        let a = stream("1.属于国家秘密 0 1 2\n2.其他法律行政法规禁止公开\t3\t4")
        let b = stream("1.属于国家\n\n秘密\n0\n\n1\n2 2.其他法律\n行政法规禁止公开 3\n4")
        XCTAssertEqual(a.text, b.text)
        XCTAssertEqual(a.figures.map(\.offset), b.figures.map(\.offset))
        XCTAssertEqual(a.figures.map(\.kind), b.figures.map(\.kind))
    }

    func testMarkersSeparatorsAndPageNumbersAreLeftOut() {
        let s = stream("[bookmark: _Hlk66973412]一、本年新收 1\n|---|---|\n- 3 -\n第 4 页\n二、上年结转 2")
        XCTAssertEqual(s.text.string, "一、本年新收二、上年结转")
        XCTAssertEqual(s.figures.map(\.kind), [.number(.integer(1)), .number(.integer(2))])
    }

    func testProseEndsTheSequenceAfterALabel() {
        let s = stream("注：本表数据截至12月31日。\n一、本年新收 1\n本年度共收到申请3件。\n二、上年结转 2")
        XCTAssertEqual(s.text.string, "一、本年新收")
        XCTAssertEqual(s.figures.count, 1)
    }

    func testCutsAtNumberingMarks() {
        let text = LabelText.folded("（三）不予公开1.属于国家秘密2.其他法律行政法规禁止公开2022年第一项三、本年度")
        let marks = LabelSegments(text).segments.map { $0.mark.map { $0.string } ?? "-" }
        XCTAssertEqual(marks, ["(三)", "1.", "2.", "三、"])
    }

    func testFuzzyLabelNeedsOneCloseRow() {
        let fuzzy = StreamRequestRows.fuzzy
        XCTAssertEqual(fuzzy.match(mark: Array("2.".unicodeScalars), body: LabelText.folded("其他法律行政止公开")[...]), .deniedLawForbidden)
        XCTAssertEqual(fuzzy.match(mark: Array("(一)".unicodeScalars), body: LabelText.folded("予以公幵")[...]), .granted)
        XCTAssertNil(fuzzy.match(mark: Array("2.".unicodeScalars), body: LabelText.folded("其他事项")[...]))
        let two = FuzzyLabel<Int>([(1, "1.属于国家秘密"), (2, "1.属于国家机密")])
        XCTAssertNil(two.match(mark: Array("1.".unicodeScalars), body: LabelText.folded("属于国家密")[...]), "two rows are close")
        XCTAssertEqual(two.match(mark: Array("1.".unicodeScalars), body: LabelText.folded("属于国家秘")[...]), nil)
    }
}
