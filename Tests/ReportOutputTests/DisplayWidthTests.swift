import XCTest
@testable import ReportOutput

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnPerCharacter() {
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("requests.new > 0"), 16)
        XCTAssertEqual(DisplayWidth.of("requests.new"[...].dropFirst(9)), 3)
    }

    func testCJKIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("北京市"), 6)
        XCTAssertEqual(DisplayWidth.of("北京市人民政府2023"), 18)
        XCTAssertEqual(DisplayWidth.of("政府信息公开"), 12)
        XCTAssertEqual(DisplayWidth.of(scalar: "㐀"), 2, "CJK Extension A")
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{2A700}"), 2, "CJK Extension C (plane 2)")
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{31350}"), 2, "plane 3, wide even where this Unicode version has no character yet")
        XCTAssertEqual(DisplayWidth.of("ひらがなカタカナ"), 16)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
    }

    func testFullWidthPunctuationAndDigitsAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("（）"), 4)
        XCTAssertEqual(DisplayWidth.of("、。"), 4)
        XCTAssertEqual(DisplayWidth.of("，：；！？"), 10)
        XCTAssertEqual(DisplayWidth.of("１２３"), 6)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{3000}"), 2, "ideographic space")
    }

    func testAmbiguousAndNarrowSymbolsAreOneColumn() {
        XCTAssertEqual(DisplayWidth.of("…"), 1)
        XCTAssertEqual(DisplayWidth.of("—"), 1)
        XCTAssertEqual(DisplayWidth.of("█▏"), 2)
        XCTAssertEqual(DisplayWidth.of("é"), 1, "precomposed U+00E9")
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1, "half-width katakana")
        XCTAssertEqual(DisplayWidth.of("ﾊﾞ"), 2, "half-width katakana and its voiced mark, one cluster")
    }

    func testCombiningMarksAddNoWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{0301}"), 1)
        XCTAssertEqual(DisplayWidth.of(character: "e\u{0301}"), 1)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{0301}"), 0)
        XCTAssertEqual(DisplayWidth.of("cafe\u{0301} 咖啡"), 9)
        XCTAssertEqual(DisplayWidth.of("a\u{20DD}"), 1, "enclosing mark (Me)")
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}"), 2, "conjoining jamo syllable")
    }

    func testEmojiAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "emoji with skin-tone modifier")
        XCTAssertEqual(DisplayWidth.of("👨\u{200D}👩\u{200D}👧"), 2, "ZWJ sequence: the sum clamped to 2")
        XCTAssertEqual(DisplayWidth.of("🇨🇳"), 2, "flag")
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0F}"), 2, "emoji presentation selector")
        XCTAssertEqual(DisplayWidth.of("❤"), 1, "text presentation by default")
        XCTAssertEqual(DisplayWidth.of("ok👌"), 4)
    }

    func testControlAndFormatCharactersAreZero() {
        XCTAssertEqual(DisplayWidth.of("\u{07}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\tb"), 2)
        XCTAssertEqual(DisplayWidth.of("a\r\nb"), 2)
        XCTAssertEqual(DisplayWidth.of("\u{7F}\u{85}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero width space (Cf)")
        XCTAssertEqual(DisplayWidth.of("\u{FEFF}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{200D}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{FE0F}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{E0100}"), 0)
    }

    func testTruncateEndsInEllipsisWithinTheWidth() {
        XCTAssertEqual(DisplayWidth.truncate("requests", toWidth: 8), "requests")
        XCTAssertEqual(DisplayWidth.truncate("requests", toWidth: 5), "requ…")
        XCTAssertEqual(DisplayWidth.truncate("北京市人民政府", toWidth: 6), "北京…")
        XCTAssertEqual(DisplayWidth.truncate("北京市人民政府", toWidth: 7), "北京市…")
        XCTAssertEqual(DisplayWidth.truncate("abc", toWidth: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("abc", toWidth: 0), "")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "..."), "a...")
        XCTAssertEqual(DisplayWidth.truncate("cafe\u{0301}s!", toWidth: 5), "cafe\u{0301}…", "keeps the accent with its letter")
    }

    func testPadByDisplayWidth() {
        XCTAssertEqual(DisplayWidth.pad("北京", toWidth: 6), "北京  ")
        XCTAssertEqual(DisplayWidth.pad("12", toWidth: 5, alignment: .right), "   12")
        XCTAssertEqual(DisplayWidth.pad("上海", toWidth: 7, alignment: .center), " 上海  ")
        XCTAssertEqual(DisplayWidth.pad("too wide", toWidth: 3), "too wide")
    }

    func testGeneratedTableIsSortedAndDisjoint() {
        for table in [EastAsianWidthTable.zero, EastAsianWidthTable.wide] {
            XCTAssertEqual(table.count % 2, 0)
            for index in stride(from: 0, to: table.count, by: 2) {
                XCTAssertLessThanOrEqual(table[index], table[index + 1])
                if index > 0 { XCTAssertGreaterThan(table[index], table[index - 1] + 1, "ranges merged and sorted") }
            }
        }
        XCTAssertEqual(DisplayWidth.unicodeVersion, "14.0.0")
    }

    func testStringWidthIsTheSumOfCharacterWidthsOnEveryPath() {
        let samples = [
            "北京市人民政府（办公厅）２０２３年度、。", "Zürich — naïve", "e\u{0301}北京", "한국어 ㄱ", "ﾊﾞﾝ", "〇〡\u{302A}",
            "\u{1100}\u{1161}", "😀 北京 🇨🇳", "कि", "a\r\nb", "\u{20000}\u{2A6D6}",
        ]
        for sample in samples {
            XCTAssertEqual(DisplayWidth.of(sample), sample.reduce(0) { $0 + DisplayWidth.of(character: $1) }, sample.debugDescription)
        }
    }
}
