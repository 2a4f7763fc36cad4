import XCTest
@testable import ReportIngest

/// Splitting runs of glued figures: every split without leading zeros, the sums that choose among them,
/// and the reasons a run is left null.
final class GluedSplitsTests: XCTestCase {
    private func splits(_ text: String, _ count: Int, sums: SumGroups? = nil) -> [[Int]] {
        GluedSplits.all(GluedRun(text), into: count, sums: sums, limit: 10_000) ?? []
    }

    func testSevenDigitsAreSevenCells() {
        XCTAssertEqual(splits("1000001", 7), [[1, 0, 0, 0, 0, 0, 1]])
        XCTAssertEqual(splits("100001", 7), [])
        XCTAssertEqual(splits("无无无无无无无", 7), [[0, 0, 0, 0, 0, 0, 0]])
    }

    /// No cell starts with 0 unless it is 0: "00" is two cells, "05" never one.
    func testNoLeadingZeros() {
        XCTAssertEqual(splits("105", 2), [[10, 5]])
        XCTAssertEqual(splits("1005", 3), [[10, 0, 5]])
        XCTAssertEqual(Set(splits("5010", 3)), [[5, 0, 10], [50, 1, 0]])
        XCTAssertEqual(splits("3.5", 2), [], "a decimal point is not a count")
    }

    func testSumsChooseAmongSplits() {
        XCTAssertEqual(splits("713000074", 7, sums: .requestRow), [[71, 3, 0, 0, 0, 0, 74]])
        XCTAssertEqual(Set(splits("110000011", 7, sums: .requestRow)), [[1, 10, 0, 0, 0, 0, 11], [11, 0, 0, 0, 0, 0, 11]])
        XCTAssertEqual(splits("1100012", 7, sums: .requestRow), [])
    }

    /// Table 四: each block of five adds up (1 0 0 1 2 | 0 0 0 0 0 | 3 0 0 7 10).
    func testReviewBlocksAddUpEachOfThree() {
        XCTAssertGreaterThan(GluedSplits.count(GluedRun("1001200000300710"), into: 15, limit: 100), 1)
        XCTAssertEqual(splits("1001200000300710", 15, sums: .reviewBlocks), [[1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 3, 0, 0, 7, 10]])
    }

    func testOneCellAmounts() {
        XCTAssertEqual(GluedSplits.amount(GluedRun("1044.27")), 1044.27)
        XCTAssertEqual(GluedSplits.amount(GluedRun("0")), 0)
        XCTAssertEqual(GluedSplits.amount(GluedRun("0.5")), 0.5)
        XCTAssertEqual(GluedSplits.amount(GluedRun("无")), 0)
        XCTAssertNil(GluedSplits.amount(GluedRun("05")))
        XCTAssertNil(GluedSplits.amount(GluedRun("1.2.3")))
        XCTAssertNil(GluedSplits.amount(GluedRun("12无")))
    }

    func testResolveTellsWhyARunIsLeftNull() {
        XCTAssertEqual(GluedCells.resolve(GluedRun("1000001"), width: 7, sums: .requestRow),
                       .cells([1, 0, 0, 0, 0, 0, 1].map(CellNumber.integer)))
        XCTAssertEqual(GluedCells.resolve(GluedRun("1000002"), width: 7, sums: .requestRow),
                       .cells([1, 0, 0, 0, 0, 0, 2].map(CellNumber.integer)), "the only split is what the text says")
        XCTAssertEqual(GluedCells.resolve(GluedRun("110000011"), width: 7, sums: .requestRow),
                       .unresolved("digits 110000011 split 2 ways; left null"))
        XCTAssertEqual(GluedCells.resolve(GluedRun("11000012"), width: 7, sums: .requestRow),
                       .unresolved("digits 11000012: no split adds up; left null"))
        XCTAssertEqual(GluedCells.resolve(GluedRun("10"), width: 3), .unresolved("digits 10 cannot be 3 cells; left null"))
        XCTAssertEqual(GluedCells.resolve(GluedRun("5010"), width: 3), .unresolved("digits 5010 split 2 ways; left null"))
        XCTAssertEqual(GluedCells.resolve(GluedRun("1044.27"), width: 1), .cells([.decimal(1044.27)]))
        XCTAssertEqual(GluedCells.resolve(GluedRun("12"), width: 1), .cells([.integer(12)]))
    }
}
