import Foundation
import ReportSynth
import XCTest
@testable import ReportIngest

/// Issue 12 acceptance: loading mutated files of every format takes time linear in their size. The
/// batch is grown by repeating the content that was once super-linear — glued digit runs, long lines
/// of numbers (in <pre> too), table rows, paragraphs and cells of a .docx — and doubling it must not
/// more than about triple the time (a quadratic step quadruples it). A guard against complexity
/// regressions on a shared machine, not a speed target: the budget is generous.
final class LoadComplexityTests: XCTestCase {
    /// The fastest of two loads of `folder`, in seconds, and how many reports and problems it gave.
    private func load(_ folder: URL) -> (seconds: Double, results: Int) {
        var best = Double.infinity
        var results = 0
        for _ in 0..<2 {
            let start = Date()
            let corpus = CorpusLoader.load(paths: [folder.path], options: LoadOptions(cache: .off, showsProgress: false))
            best = min(best, Date().timeIntervalSince(start))
            results = corpus.records.count + corpus.diagnostics.count
        }
        return (best, results)
    }

    func testDoublingTheInputAtMostTriplesTheLoadTime() throws {
        let small = try ReaderFixtures.temporaryDirectory(for: self)
        let large = try ReaderFixtures.temporaryDirectory(for: self)
        let k = 8
        let smallBytes = try GrownBatch.write(k, to: small, seed: 1)
        let largeBytes = try GrownBatch.write(2 * k, to: large, seed: 1)
        XCTAssertGreaterThan(Double(largeBytes), 1.8 * Double(smallBytes))
        let (smallTime, smallResults) = load(small)
        let (largeTime, largeResults) = load(large)
        XCTAssertEqual(smallResults, 4 + k)
        XCTAssertEqual(largeResults, 4 + 2 * k)
        XCTAssertLessThan(largeTime, 3 * smallTime + 0.25,
                          "\(smallBytes) bytes in \(smallTime) s, \(largeBytes) bytes in \(largeTime) s")
        XCTAssertLessThan(largeTime, 60)
    }
}
