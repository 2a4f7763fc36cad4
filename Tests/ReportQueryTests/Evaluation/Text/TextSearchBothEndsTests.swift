import XCTest
@testable import ReportQuery

/// Long texts are searched in blocks from both ends: a needle anywhere — across block boundaries, at
/// the very start or end, twice, or nowhere; of one byte to longer than a SIMD block — is found exactly
/// when a byte-by-byte search finds it.
final class TextSearchBothEndsTests: XCTestCase {
    private func naive(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        return (0...(hay.count - needle.count)).contains { hay[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    func testNeedlesAtEveryKindOfPositionInLongTexts() {
        var random = SeededRandom(state: 5)
        let filler = Array("本机关收到政府信息公开申请，依法予以答复。".utf8)
        let needles = ["信息处理费", "费", "信息", "予以答复。本", "x", "ab", "申请，依法予以答复。本机关收到政府"].map { Array($0.utf8) }
        var found = 0
        for round in 0..<400 {
            var hay: [UInt8] = []
            let length = Int.random(in: 300...9_000, using: &random)
            while hay.count < length { hay += filler }
            let needle = needles[round % needles.count]
            if round % 5 != 0 {
                // Somewhere, or right at a block edge (512 from either end), the start or the end.
                let candidates = [0, hay.count, 512, hay.count - 512, 512 - needle.count + 1, Int.random(in: 0...hay.count, using: &random)]
                let at = min(max(0, candidates[Int.random(in: 0..<candidates.count, using: &random)]), hay.count)
                hay.insert(contentsOf: needle, at: at)
            }
            let text = String(decoding: hay, as: UTF8.self)
            let expected = naive(Array(text.utf8), needle)
            XCTAssertEqual(TextSearch.contains(text, needle), expected, "round \(round)")
            if expected { found += 1 }
        }
        XCTAssertGreaterThan(found, 250)
        XCTAssertLessThan(found, 400)
    }
}
