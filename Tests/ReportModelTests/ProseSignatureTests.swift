import XCTest
import ReportModel

final class ProseSignatureTests: XCTestCase {
    private func signature(_ hashes: [UInt64]) -> ProseSignature {
        var signature = ProseSignature()
        for hash in hashes { signature.add(hash: hash) }
        return signature
    }

    /// A hash for bin `bin` with the 16-bit value `value` (the bits `add` reads).
    private func hash(bin: UInt64, value: UInt64) -> UInt64 { bin << 57 | value << 41 }

    func testBinsKeepTheSmallestValue() {
        let s = signature([hash(bin: 3, value: 900), hash(bin: 3, value: 20), hash(bin: 3, value: 500)])
        XCTAssertEqual(s.bins[3], 20)
        XCTAssertEqual(s.bins[4], ProseSignature.empty)
        XCTAssertEqual(s.shingleCount, 3)
    }

    func testSimilarityCountsBinsUsedByEither() {
        // 40 shingles each, in bins 0…39 and 20…59 with equal values where they overlap: 20 of 60 bins match.
        let a = signature((0..<40).map { hash(bin: $0, value: 7) })
        let b = signature((20..<60).map { hash(bin: $0, value: 7) })
        XCTAssertEqual(a.similarity(to: b), 20.0 / 60.0)
        XCTAssertEqual(a.similarity(to: a), 1.0)
    }

    func testTooLittleProseIsUndecided() {
        let few = signature((0..<31).map { hash(bin: $0, value: 1) })
        XCTAssertNil(few.similarity(to: few))
        XCTAssertNil(ProseSignature(bins: [1, 2], shingleCount: 2))
    }
}
