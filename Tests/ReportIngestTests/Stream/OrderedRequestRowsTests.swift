import XCTest
import ReportModel
@testable import ReportIngest

/// The rows of figures of table 三 taken in the template's order (`OrderedRequestRows`), on lines of real
/// report 05 (上海市科委 2024, Fixtures/real/): `(二)部分公开`'s label printed below its bare row of figures,
/// `2.其他法律行政法规禁止公开`'s above `1.属于国家秘密`'s row. The expected cells are the report's.
final class OrderedRequestRowsTests: XCTestCase {
    private let head = """
    | 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |
    | 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |
    | 三、 | （一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |
    """
    private let bare = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    private let labels = "（二）部分公开（区分处理的，只\n计这一情形，不计其他情形）\n2.其他法律行政法规禁\n止公开"
    private let secret = "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    private let security = "| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"

    private func read(_ text: String) -> OrderedRequestRows {
        let lines = TableFixture.lines(text)
        return OrderedRequestRows(grid: TableGrid(lines: lines).rows, spans: [1..<(lines.count + 1)], lines: lines,
                                  expected: RequestRow.printed)
    }

    func testBareRowsBetweenAnchorsAreTheTemplateRowsBetweenThem() {
        let o = read([head, bare, labels, secret, bare, security].joined(separator: "\n"))
        XCTAssertEqual(o.rows[.granted]?.values, TableFixture.ints([9, 0, 0, 0, 0, 0, 9]))
        XCTAssertEqual(o.rows[.partial]?.values, TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(o.rows[.deniedLawForbidden]?.values, TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(o.rows[.deniedLawForbidden]?.lines.first, 10, "the bare row after 1.属于国家秘密's (line 9)")
        XCTAssertEqual(o.anchors, [.new, .carriedIn, .granted, .deniedStateSecret, .deniedSecurity])
        XCTAssertFalse(o.isComplete, "the rows after 3. are not printed")
    }

    /// One bare row missing between 1. and 3.: 2. has none, nor is any other row shifted into it.
    func testAStretchWithFewerRowsThanTemplateRowsPlacesNone() {
        let o = read([head, bare, labels, secret, security].joined(separator: "\n"))
        XCTAssertNil(o.rows[.deniedLawForbidden])
        XCTAssertEqual(o.rows[.partial]?.values, TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        // One too many: neither is 2.'s.
        let extra = read([head, bare, labels, secret, bare, "| 1 | 2 | 3 | 4 | 5 | 6 | 7 |", security].joined(separator: "\n"))
        XCTAssertNil(extra.rows[.deniedLawForbidden])
    }

    /// A row of figures broken over two lines in a stretch: nothing in that stretch is placed.
    func testABrokenRowInAStretchPlacesNone() {
        let o = read([head, "| 0 | 0 | 0 |", "| 0 | 0 | 0 | 0 |", labels, secret, bare, security].joined(separator: "\n"))
        XCTAssertNil(o.rows[.partial])
        XCTAssertEqual(o.rows[.deniedLawForbidden]?.values, TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
    }

    /// Labels on their own lines out of the template's order: the order says nothing, nothing is placed.
    func testAnchorsOutOfOrderPlaceNothing() {
        let o = read([head, bare, labels, security, bare, secret].joined(separator: "\n"))
        XCTAssertTrue(o.rows.isEmpty)
        XCTAssertFalse(o.isComplete)
    }

    /// A line whose label names two rows is no anchor, and breaks its stretch.
    func testALineNamingTwoRowsIsNoAnchor() {
        let two = "| 5.属于三类内部事务信息1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"
        let o = read([head, bare, labels, secret, bare, security, two].joined(separator: "\n"))
        XCTAssertNil(o.rows[.unavailableNotHeld])
        XCTAssertNil(o.rows[.deniedInternal])
    }

    /// A lone figure after a label's text (a page number, a stray mark) is no row; after figures it is.
    func testALoneFigureAfterTextIsNoRow() {
        let o = read([head, labels, "1", bare, secret].joined(separator: "\n"))
        XCTAssertEqual(o.rows[.partial]?.values, TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        let after = read([head, "1", bare, labels, secret].joined(separator: "\n"))
        XCTAssertNil(after.rows[.partial])
    }
}

extension OrderedRequestRowsTests {
    /// The 2019 template's single （六）其他处理 row is printed before （七）总计, whatever order the list of
    /// expected rows is in.
    func testThe2019RowsAreTakenInPrintedOrder() {
        let text = """
        （六）其他处理
        | 0 | 0 | 0 | 1 | 0 | 0 | 1 |
        | （七）总计 | 0 | 0 | 0 | 9 | 0 | 0 | 9 |
        | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """
        let lines = TableFixture.lines(text)
        let o = OrderedRequestRows(grid: TableGrid(lines: lines).rows, spans: [1..<(lines.count + 1)], lines: lines,
                                   expected: [.processed, .carriedOut, .otherHandling])
        XCTAssertEqual(o.rows[.otherHandling]?.values, TableFixture.ints([0, 0, 0, 1, 0, 0, 1]))
        XCTAssertEqual(o.rows[.processed]?.values, TableFixture.ints([0, 0, 0, 9, 0, 0, 9]))
        XCTAssertTrue(o.isComplete)
    }
}
