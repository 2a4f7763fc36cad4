import Foundation
import ReportSynth
import XCTest
@testable import ReportIngest

/// `PlainText`: where it answers by bytes, it answers as `String` and Foundation do; elsewhere it says it
/// cannot (nil), so the callers ask `String`.
final class PlainTextTests: XCTestCase {
    func testReportTextIsPlainAndMarksAreNot() {
        XCTAssertTrue(PlainText.isPlain("济宁市工业和信息化局 2021 年政府信息公开工作年度报告（一）：①、■→℃Ⅱ①《》「」\t"))
        // A combining accent, a decomposed é, a CJK compatibility ideograph (canonically 更), the Ohm sign
        // (canonically Ω), CR, a zero-width joiner, a variation selector, an emoji beyond the BMP.
        for text in ["e\u{301}", "\u{E9}", "\u{F901}", "\u{2126}", "a\rb", "a\u{200D}b", "中\u{FE0F}", "😀", "\u{302A}"] {
            XCTAssertFalse(PlainText.isPlain(text), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }

    /// Every scalar of the table, alone and between ideographs, is its own character with no canonical
    /// decomposition: `String` sees it as Foundation's search and the bytes do.
    func testEveryPlainScalarIsItsOwnCharacter() {
        for range in PlainText.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { return XCTFail("\(value) is no scalar") }
                let text = "中" + String(Character(scalar)) + "文"
                XCTAssertEqual(text.count, 3, "U+\(String(value, radix: 16)) joins a neighbour")
                XCTAssertEqual(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), [value],
                               "U+\(String(value, radix: 16)) decomposes")
            }
        }
    }

    /// On random texts mixing plain and other scalars, `contains` and `containsAny` answer as Foundation.
    func testAnswersAsFoundation() {
        let pool: [String] = ["中", "文", "年", "报", "度", "告", "年度报告", "当前位置", "ICP备", "：", " ", "　", "e", "\u{301}",
                              "\u{E9}", "e\u{301}", "\u{F901}", "更", "\u{2126}", "Ω", "a", "\t", "\u{200D}", "😀", "《", "》"]
        var generator = SplitMix64(seed: 17)
        let needles = ["年度报告", "年报", "当前位置", "ICP备", "更", "Ω", "é", "e", "中文"].filter(PlainText.isPlain)
        let words = PlainText.Needles(needles)
        for _ in 0..<3000 {
            let text = (0..<generator.int(0...8)).map { _ in generator.pick(pool) }.joined()
            for needle in needles {
                XCTAssertEqual(PlainText.contains(text, needle), text.contains(needle), "\(text) ∋ \(needle)")
            }
            if let any = PlainText.containsAny(words, in: text) {
                XCTAssertTrue(PlainText.isPlain(text))
                XCTAssertEqual(any, needles.contains(where: text.contains), text)
            } else {
                XCTAssertFalse(PlainText.isPlain(text), text)
            }
        }
    }

    /// On random texts mixing plain and other scalars, `range(of:in:)` finds what Foundation's
    /// `range(of:)` finds, at the same offsets.
    func testRangeAnswersAsFoundation() {
        let pool: [String] = ["济", "市", "局", "政府信息公开", "信息公开", "年度报告", "年报", "关于", "2021", "年", " ", "e", "\u{301}",
                              "\u{E9}", "\u{F901}", "更", "\u{2126}", "Ω", "\u{200D}", "😀", "《"]
        let needles = ["政府信息公开", "政务公开", "信息公开", "关于", "年度报告", "年报", "更", "e"]
        var generator = SplitMix64(seed: 53)
        var found = 0
        for _ in 0..<3000 {
            let text = (0..<generator.int(0...8)).map { _ in generator.pick(pool) }.joined()
            for needle in needles {
                let expected = text.range(of: needle)
                let got = PlainText.range(of: needle, in: text)
                XCTAssertEqual(got.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) },
                               expected.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }, "\(text) ∋ \(needle)")
                XCTAssertEqual(got.map { text.utf8.distance(from: $0.lowerBound, to: $0.upperBound) },
                               expected.map { text.utf8.distance(from: $0.lowerBound, to: $0.upperBound) }, "\(text) ∋ \(needle)")
                if expected != nil { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 500, "the random texts hold the needles often")
        XCTAssertNil(PlainText.range(of: "", in: "济宁"))
    }

    /// On random texts and prefixes mixing plain and other scalars, `hasPrefix` answers as the standard library.
    func testHasPrefixAnswersAsTheStandardLibrary() {
        let pool: [String] = ["济", "南", "市", "济南市", "区", "县", "e", "\u{301}", "\u{E9}", "\u{F901}", "更", "\u{200D}", "😀", " ", "a", "中"]
        var generator = SplitMix64(seed: 29)
        for _ in 0..<4000 {
            let text = (0..<generator.int(0...6)).map { _ in generator.pick(pool) }.joined()
            let prefix = (0..<generator.int(0...3)).map { _ in generator.pick(pool) }.joined()
            let offset = text.isEmpty ? 0 : generator.int(0...1)
            let slice = text.dropFirst(offset)
            XCTAssertEqual(PlainText.hasPrefix(slice, prefix), slice.hasPrefix(prefix), "\(slice) starts with \(prefix)")
        }
        XCTAssertTrue(PlainText.hasPrefix("济南市历下区"[...], "济南市"))
        XCTAssertFalse(PlainText.hasPrefix("济南"[...], "济南市"))
        XCTAssertFalse(PlainText.hasPrefix("e\u{301}x"[...], "e"), "an accent joins the e")
    }

    func testTrimmingSpacesKeepsTheInside() {
        XCTAssertEqual(" \t 济宁市 工业　和信息化局\u{3000}\n".trimmingSpaces(), "济宁市 工业　和信息化局")
        XCTAssertEqual("  \u{3000} ".trimmingSpaces(), "")
        XCTAssertEqual("".trimmingSpaces(), "")
        XCTAssertEqual("a".trimmingSpaces(), "a")
    }
}

