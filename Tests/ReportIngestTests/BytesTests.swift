import XCTest
@testable import ReportIngest

/// The byte search helpers every pattern reader relies on: a match must start and end inside the range
/// given, and the first one is found (checked against a plain scan on many ranges).
final class BytesTests: XCTestCase {
    private let hay = Array("收到申请2件，申请人撤回申请1件。未收到申请".utf8)

    /// The plain scan `Bytes.find` must agree with.
    private func naive(_ needle: [UInt8], _ range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        return (range.lowerBound...(range.upperBound - needle.count)).first { Array(hay[$0..<$0 + needle.count]) == needle }
    }

    func testFindAgreesWithAPlainScanOnEveryRange() {
        let needles = ["申请", "申", "件。", "未收到申请", "1", "撤回申请1件。未", "x"].map { Array($0.utf8) }
        for needle in needles {
            for lower in stride(from: 0, through: hay.count, by: 3) {
                for upper in stride(from: lower, through: hay.count, by: 1) {
                    XCTAssertEqual(Bytes.find(needle, in: hay, lower..<upper), naive(needle, lower..<upper),
                                   "\(String(decoding: needle, as: UTF8.self)) in \(lower)..<\(upper)")
                }
            }
        }
    }

    func testFindRefusesRangesOutsideTheBytes() {
        XCTAssertNil(Bytes.find(Array("申请".utf8), in: hay, 0..<hay.count + 1))
        XCTAssertNil(Bytes.find([], in: hay, 0..<hay.count))
        XCTAssertEqual(Bytes.find(Array("申请".utf8), in: hay, hay.count - 6..<hay.count), hay.count - 6, "a match ending at the range's end")
    }

    func testFirstIndexOfAByte() {
        let digits = Array("a0b00".utf8)
        XCTAssertEqual(Bytes.firstIndex(of: 0x30, in: digits, from: 0), 1)
        XCTAssertEqual(Bytes.firstIndex(of: 0x30, in: digits, from: 2), 3)
        XCTAssertEqual(Bytes.firstIndex(of: 0x30, in: digits, from: 4), 4)
        XCTAssertNil(Bytes.firstIndex(of: 0x30, in: digits, from: 5))
        XCTAssertNil(Bytes.firstIndex(of: 0x41, in: digits, from: 0))
    }
}
