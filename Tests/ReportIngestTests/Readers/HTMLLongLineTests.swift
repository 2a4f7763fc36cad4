import Foundation
import ReportSynth
import XCTest
@testable import ReportIngest

/// Issue 12 item 3: a line of 160,000 space-separated numbers inside <pre> took 3.3 s and twice that
/// 14 s (the same line as .txt: 0.13 s). `TextNormalization.line` copied its whole output at each space.
final class HTMLLongLineTests: XCTestCase {
    private func numbers(_ count: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in String(random.int(0...999)) }.joined(separator: " ")
    }

    private func page(_ line: String) -> Data {
        Data("<html><head><meta charset=\"utf-8\"></head><body><p>2022年政府信息公开工作年度报告</p><pre>\(line)</pre></body></html>".utf8)
    }

    /// The fastest of three runs of each body, in seconds of this thread's CPU time (not wall time, which
    /// other processes on a shared machine inflate), the runs interleaved (small, large, small, …) so
    /// that what load remains (caches, frequency) falls on both sizes rather than on one.
    private func times(_ small: () throws -> Void, _ large: () throws -> Void) rethrows -> (small: Double, large: Double) {
        var best = (small: Double.infinity, large: Double.infinity)
        for _ in 0..<3 {
            var start = threadCPUSeconds()
            try small()
            best.small = min(best.small, threadCPUSeconds() - start)
            start = threadCPUSeconds()
            try large()
            best.large = min(best.large, threadCPUSeconds() - start)
        }
        return best
    }

    private func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    // Linear is checked at four times the input: a linear reader takes about 4× the time, a quadratic
    // one 16× (the reader before the fix took 4× for twice the input). The limit, 8×, leaves room for
    // the noise of a shared machine on both sides.
    func testALongPreformattedLineReadsInLinearTime() throws {
        let line = numbers(160_000, seed: 3)
        let text = try HTMLReportReader.text(from: page(line), fileName: "long.html")
        // The line comes out whole, its numbers in order, separated by single spaces.
        XCTAssertEqual(text, "2022年政府信息公开工作年度报告\n\(line)\n")
        let fourfold = Array(repeating: line, count: 4).joined(separator: " ")
        let (single, quadruple) = try times(
            { _ = try HTMLReportReader.text(from: page(line), fileName: "long.html") },
            { _ = try HTMLReportReader.text(from: page(fourfold), fileName: "long.html") })
        XCTAssertLessThan(quadruple, 8 * single + 0.1, "160k numbers \(single) s, 640k \(quadruple) s")
        XCTAssertLessThan(single, 5)
    }

    func testNormalizingALongLineIsLinear() {
        let line = numbers(200_000, seed: 4).replacingOccurrences(of: " ", with: " \t ")
        XCTAssertEqual(TextNormalization.line(line), line.replacingOccurrences(of: " \t ", with: " "))
        let fourfold = Array(repeating: line, count: 4).joined(separator: " ")
        let (single, quadruple) = times({ _ = TextNormalization.line(line) }, { _ = TextNormalization.line(fourfold) })
        XCTAssertLessThan(quadruple, 8 * single + 0.1, "\(single) s, then \(quadruple) s")
    }
}
