import ReportSynth
import XCTest
@testable import ReportIngest

/// `TableStream.isSeparatorOrPageNumber`, the one-pass form, answers as the rule written out with
/// filters (the form it replaced, kept here as the reference) on random lines of the scalars the rule
/// looks at, and on the printed shapes.
final class PageNumberLineTests: XCTestCase {
    /// The rule as first written: the visible scalars, their digits and the rest, each filtered out.
    private static func reference(_ s: [Unicode.Scalar]) -> Bool {
        let separates: (Unicode.Scalar) -> Bool = { LabelText.isSpace($0) || $0 == "|" || $0 == "\r" || $0 == "\n" }
        let dashes: Set<Unicode.Scalar> = ["-", "—", "－", "–"]
        let pageWords: Set<Unicode.Scalar> = ["第", "页", "共", "/"]
        let visible = s.filter { !separates($0) && $0 != "|" }
        guard !visible.isEmpty else { return !s.isEmpty && s.contains("|") }
        if s.contains("|"), visible.allSatisfy({ $0 == "-" || $0 == ":" }) { return true }
        let digits = visible.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        let rest = visible.filter { !digits.contains($0) }
        if let first = visible.first, let last = visible.last, dashes.contains(first), dashes.contains(last),
           rest.allSatisfy(dashes.contains) { return true }
        return visible.first == "第" && rest.contains("页") && rest.allSatisfy(pageWords.contains)
    }

    func testPrintedShapes() {
        for line in ["|---|:--|", "- 3 -", "—3—", "第 3 页", "第3页 共10页", "－１２－", "| | |", "第3/10页"] {
            XCTAssertTrue(TableStream.isSeparatorOrPageNumber(Array(line.unicodeScalars)), line)
        }
        for line in ["", "   ", "3", "- 12345 -", "第3章", "一、本年新收 1", "--", "第页", "-3", "|3|"] {
            XCTAssertFalse(TableStream.isSeparatorOrPageNumber(Array(line.unicodeScalars)), line)
        }
    }

    func testAnswersAsTheRuleWrittenWithFilters() {
        let pool: [Unicode.Scalar] = ["-", "—", "－", "–", ":", "|", " ", "\t", "\u{3000}", "\r", "第", "页", "共", "/", "1", "2", "0",
                                      "９", "０", "一", "报", "a", "。"]
        var generator = SplitMix64(seed: 41)
        var agreedTrue = 0
        for _ in 0..<20_000 {
            let line = (0..<generator.int(0...9)).map { _ in generator.pick(pool) }
            let expected = Self.reference(line)
            XCTAssertEqual(TableStream.isSeparatorOrPageNumber(line), expected, String(String.UnicodeScalarView(line)))
            if expected { agreedTrue += 1 }
        }
        XCTAssertGreaterThan(agreedTrue, 100, "the random lines reach the shapes that are page numbers")
    }
}
