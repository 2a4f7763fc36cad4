import XCTest
import LineEditing

final class CandidateListingTests: XCTestCase {
    override func setUp() {
        TerminalLocale.adoptUTF8()  // wcwidth counts Chinese as two columns only in UTF-8
    }

    func testFillsColumnsDownThenAcross() {
        let listing = CandidateListing.format(["a", "bb", "ccc", "d", "e"], width: 12)
        // Column width 5 (longest 3 + 2); (12 + 2) / 5 = 2 columns, 3 rows.
        XCTAssertEqual(listing, "a    d\nbb   e\nccc")
    }

    func testAllOnOneLineWhenWide() {
        XCTAssertEqual(CandidateListing.format([".help", ".quit"], width: 80), ".help  .quit")
    }

    func testOneColumnWhenNarrowerThanACandidate() {
        XCTAssertEqual(CandidateListing.format(["requests.new", "select"], width: 5), "requests.new\nselect")
    }

    func testChineseTakesTwoColumns() {
        // Column width 8 (机关名 is 6 columns, plus 2): 机关 (4 columns) is padded with 4 spaces.
        XCTAssertEqual(CandidateListing.format(["机关", "机关名"], width: 80), "机关    机关名")
    }

    func testEmpty() {
        XCTAssertEqual(CandidateListing.format([], width: 80), "")
    }
}
