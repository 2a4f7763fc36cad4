import XCTest
@testable import ReportQuery

/// The pieces of the split path on their own: the probe's pairs against a nested loop, the merge of
/// sorted runs, the ranges `Morsels` cuts.
final class ParallelPiecesTests: XCTestCase {
    func testPartsCoverTheRowsInOrderWithoutOverlap() {
        Morsels.$minimumRows.withValue(3) {
            for count in 0..<40 {
                let parts = Morsels.parts(of: count)
                XCTAssertEqual(parts.flatMap { Array($0) }, Array(0..<count), "count \(count)")
                if count < 3 { XCTAssertEqual(parts.count, 1) }
            }
        }
    }

    func testProbePairsMatchANestedLoopSplitOrNot() {
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for round in 0..<60 {
            let (n, m, keys) = (next(40), next(40), 1 + next(6))
            // Groups numbered right side first, as GroupIndex numbers them: left keys ≥ `hashed` are unmatched.
            let right = (0..<m).map { _ in next(keys) }
            let rightValid = (0..<m).map { _ in next(5) > 0 }
            let left = (0..<n).map { _ in next(keys + 2) }
            let leftValid = (0..<n).map { _ in next(5) > 0 }
            var expected: [(Int, Int)] = []
            for l in 0..<n where leftValid[l] {
                for r in 0..<m where rightValid[r] && right[r] == left[l] { expected.append((l, r)) }
            }
            let probe = JoinProbe(rightGroups: right, rightValid: rightValid, hashed: keys)
            for threshold in [1, 2, 1_000] {
                let pairs = Morsels.$minimumRows.withValue(threshold) {
                    probe.pairs(leftGroups: left, leftValid: leftValid, maximum: 10_000, check: {})
                }
                XCTAssertEqual(pairs?.left, expected.map(\.0), "round \(round), threshold \(threshold)")
                XCTAssertEqual(pairs?.right, expected.map(\.1), "round \(round), threshold \(threshold)")
                if expected.count > 0 {
                    XCTAssertNil(Morsels.$minimumRows.withValue(threshold) {
                        probe.pairs(leftGroups: left, leftValid: leftValid, maximum: expected.count - 1, check: {})
                    }, "more pairs than the maximum")
                }
            }
        }
    }

    func testSortSplitOrNotGivesTheOneOrder() {
        let items = (0..<500).map { ($0 * 7919) % 101 * 1000 + $0 }
        let expected = items.sorted()
        for threshold in [1, 2, 100, 100_000] {
            XCTAssertEqual(Morsels.$minimumRows.withValue(threshold) { ParallelSort.sorted(items, by: <) }, expected)
        }
        XCTAssertEqual(ParallelSort.merged(first: [1, 3, 5], second: [2, 3, 4, 9], by: <), [1, 2, 3, 3, 4, 5, 9])
        XCTAssertEqual(ParallelSort.merged(first: [], second: [2], by: <), [2])
    }
}
