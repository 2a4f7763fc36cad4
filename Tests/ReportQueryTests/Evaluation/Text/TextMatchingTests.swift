import XCTest
@testable import ReportQuery

final class TextMatchingTests: XCTestCase {
    private let alphabet: [Character] = ["依", "申", "请", "公", "开", "a", "b", "%", "_", "局", "\n"]

    private func randomText(_ length: Int, _ random: inout SeededRandom) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
    }

    /// Reference: byte-by-byte search.
    private func naiveContains(_ text: String, _ part: String) -> Bool {
        let t = Array(text.utf8), p = Array(part.utf8)
        if p.isEmpty { return true }
        guard t.count >= p.count else { return false }
        return (0...(t.count - p.count)).contains { Array(t[$0..<$0 + p.count]) == p }
    }

    /// Reference: recursive `like` over characters.
    private func naiveLike(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let rest = Array(pattern.dropFirst())
        switch first {
        case "%": return (0...text.count).contains { naiveLike(Array(text[$0...]), rest) }
        case "_": return !text.isEmpty && naiveLike(Array(text.dropFirst()), rest)
        default: return text.first == first && naiveLike(Array(text.dropFirst()), rest)
        }
    }

    func testContainsAgreesWithReferenceOnShortAndLongTexts() {
        var random = SeededRandom(state: 11)
        for _ in 0..<600 {
            let text = randomText(Int.random(in: 0..<700, using: &random), &random)
            let part: String
            if !text.isEmpty && Bool.random(using: &random) {
                let characters = Array(text)
                let start = Int.random(in: 0..<characters.count, using: &random)
                part = String(characters[start..<min(characters.count, start + Int.random(in: 1...4, using: &random))])
            } else {
                part = randomText(Int.random(in: 0...3, using: &random), &random)
            }
            XCTAssertEqual(TextSearch.contains(text, Array(part.utf8)), naiveContains(text, part), "\(part) in \(text.count)")
        }
    }

    func testLikeAgreesWithReference() {
        var random = SeededRandom(state: 12)
        for _ in 0..<1_500 {
            let text = randomText(Int.random(in: 0..<12, using: &random), &random)
            let pattern = randomText(Int.random(in: 0..<6, using: &random), &random)
            XCTAssertEqual(LikePattern(pattern).matches(text),
                           naiveLike(Array(text.unicodeScalars), Array(pattern.unicodeScalars)), "\(text) like \(pattern)")
        }
    }

    func testUnderscoreIsOneChineseCharacter() {
        XCTAssertTrue(LikePattern("公_").matches("公开"))
        XCTAssertFalse(LikePattern("公_").matches("公开局"))
        XCTAssertTrue(LikePattern("%局").matches("北京市财政局"))
        XCTAssertFalse(LikePattern("").matches("a"))
        XCTAssertTrue(LikePattern("").matches(""))
    }
}
