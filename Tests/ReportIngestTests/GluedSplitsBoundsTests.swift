import Foundation
import ReportSynth
import XCTest
@testable import ReportIngest

/// Issue 12 item 2: splitting glued digits took exponential time (70 digits 8 s, 95 digits > 3 min).
/// The dynamic programme must agree with brute force on every short run, and stay fast on long ones.
final class GluedSplitsBoundsTests: XCTestCase {
    /// Every split of `digits` into `count` cells by trying every set of cut positions, independently
    /// of `GluedSplits`: a cell is "0" alone or 1 … 9 digits without a leading zero; with `group`, each
    /// complete group's last cell is the sum of the others.
    private func bruteForce(_ digits: [Int], _ count: Int, group: Int?) -> [[Int]] {
        let n = digits.count
        guard n >= 1, count >= 1 else { return [] }
        var result: [[Int]] = []
        for mask in 0..<(1 << (n - 1)) where mask.nonzeroBitCount == count - 1 {
            var cells: [[Int]] = [[digits[0]]]
            for i in 1..<n {
                if mask & (1 << (i - 1)) != 0 { cells.append([digits[i]]) } else { cells[cells.count - 1].append(digits[i]) }
            }
            guard cells.allSatisfy({ $0.count <= 9 && ($0.count == 1 || $0[0] != 0) }) else { continue }
            let values = cells.map { $0.reduce(0) { $0 * 10 + $1 } }
            if let group {
                let groupsHold = stride(from: 0, to: values.count - group + 1, by: group).allSatisfy { start in
                    values[start..<(start + group - 1)].reduce(0, +) == values[start + group - 1]
                }
                guard groupsHold else { continue }
            }
            result.append(values)
        }
        return result
    }

    func testCountsAndSplitsAgreeWithBruteForce() {
        var random = SplitMix64(seed: 12)
        for trial in 0..<400 {
            let length = random.int(1...14)
            // Mostly small digits and zeros, as table rows have, so that sums often hold.
            let digits = (0..<length).map { _ in random.chance(0.4) ? 0 : random.int(1...(random.chance(0.5) ? 2 : 9)) }
            let run = GluedRun(digits.map(String.init).joined())
            let count = random.int(1...min(length, 8))
            for sums in [nil, SumGroups(size: 2), SumGroups(size: 3), SumGroups.requestRow] {
                let expected = bruteForce(digits, count, group: sums?.size)
                let listed = GluedSplits.all(run, into: count, sums: sums, limit: 10_000)
                XCTAssertEqual(listed.map(Set.init), Set(expected), "trial \(trial): \(run.text) into \(count), sums \(String(describing: sums?.size))")
                XCTAssertEqual(GluedSplits.count(run, into: count, sums: sums, limit: 10_000), expected.count)
                XCTAssertEqual(GluedSplits.count(run, into: count, sums: sums, limit: 2), min(expected.count, 2))
                if expected.count > 1 { XCTAssertNil(GluedSplits.all(run, into: count, sums: sums, limit: expected.count - 1)) }
            }
        }
    }

    /// The runs of the campaign (70 and 95 digits) and longer, in the shapes that defeat a depth-first
    /// search: few or no complete splits among astronomically many partial ones.
    func testLongRunsAreDecidedQuickly() {
        var random = SplitMix64(seed: 95)
        var runs: [String] = []
        for length in [70, 80, 95, 120, 135] {
            runs.append(String((0..<length).map { _ in Character(String(random.int(0...9))) }))
            runs.append(String(repeating: "1", count: length - 15) + String(repeating: "0", count: 15))
            runs.append(String(repeating: "1", count: length - 14) + String(repeating: "0", count: 14))
            runs.append(String(repeating: "10", count: length / 2))
            runs.append(String(repeating: "9", count: length))
        }
        let start = Date()
        for text in runs {
            let run = GluedRun(text)
            for (width, sums) in [(15, SumGroups.reviewBlocks), (7, SumGroups.requestRow), (15, nil), (25, SumGroups.reviewBlocks)] {
                _ = GluedCells.resolve(run, width: width, sums: sums)
                _ = GluedSplits.all(run, into: width, sums: sums ?? .reviewBlocks, limit: GluedCells.limit)
            }
        }
        // 100 runs × 8 decisions: well under a second in release; generous for debug on a shared machine.
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testTheRuleIsKeptOnLongRuns() {
        // 15 zeros then 55 ones cannot be 15 cells (the zeros alone take them all).
        let zerosFirst = GluedRun(String(repeating: "0", count: 15) + String(repeating: "1", count: 55))
        XCTAssertEqual(GluedCells.resolve(zerosFirst, width: 15, sums: .reviewBlocks),
                       .unresolved("digits \(zerosFirst.text) cannot be 15 cells; left null"))
        // One split only: fifteen cells of nine 9s each.
        let nines = GluedRun(String(repeating: "9", count: 135))
        XCTAssertEqual(GluedSplits.count(nines, into: 15, limit: 2), 1)
        XCTAssertEqual(GluedCells.resolve(nines, width: 15), .cells(Array(repeating: .integer(999_999_999), count: 15)))
        // Seventy 1s as 15 cells: a great many splits, so null with the count capped.
        let ones = GluedRun(String(repeating: "1", count: 70))
        XCTAssertEqual(GluedCells.resolve(ones, width: 15, sums: .reviewBlocks),
                       .unresolved("digits \(ones.text) split more than \(GluedCells.limit) ways; left null"))
    }
}
