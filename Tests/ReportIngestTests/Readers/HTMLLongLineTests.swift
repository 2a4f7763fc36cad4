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

    /// The fastest of three runs, in seconds.
    private func time(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Date()
            try body()
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    func testALongPreformattedLineReadsInLinearTime() throws {
        let line = numbers(160_000, seed: 3)
        var text = ""
        let single = try time { text = try HTMLReportReader.text(from: page(line), fileName: "long.html") }
        // The line comes out whole, its numbers in order, separated by single spaces.
        XCTAssertEqual(text, "2022年政府信息公开工作年度报告\n\(line)\n")
        let double = try time { _ = try HTMLReportReader.text(from: page(line + " " + line), fileName: "long.html") }
        // Linear: twice the input in at most ~3× the time (the quadratic reader took 4×); and bounded.
        XCTAssertLessThan(double, 3 * single + 0.05, "160k numbers \(single) s, 320k \(double) s")
        XCTAssertLessThan(single, 5)
    }

    func testNormalizingALongLineIsLinear() {
        let line = numbers(200_000, seed: 4).replacingOccurrences(of: " ", with: " \t ")
        var normalized = ""
        let single = time { normalized = TextNormalization.line(line) }
        XCTAssertEqual(normalized, line.replacingOccurrences(of: " \t ", with: " "))
        let double = time { _ = TextNormalization.line(line + " " + line) }
        XCTAssertLessThan(double, 3 * single + 0.05, "\(single) s, then \(double) s")
    }
}
