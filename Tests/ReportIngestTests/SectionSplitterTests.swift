import XCTest
@testable import ReportIngest

final class SectionSplitterTests: XCTestCase {
    /// The 1-based heading line of each section, nil where absent.
    private func headings(_ text: String) -> [Int?] {
        ReportText(text).sections.ranges.map { $0.map { $0.lowerBound + 1 } }
    }

    func testCorpusHeadings() throws {
        XCTAssertEqual(headings(try TextFixtures.text("000")), [4, 21, 22, 27, 28, 31], "2、 3、 4、 and [image:] in 三")
        XCTAssertEqual(headings(try TextFixtures.text("001")), [12, 62, nil, 78, 85, 93], "table 三 truncated, no heading")
        XCTAssertEqual(headings(try TextFixtures.text("002")), [4, 15, 17, 19, 20, 26], "行政机关… variants")
        XCTAssertEqual(headings(try TextFixtures.text("003")), [6, 20, 66, 353, 398, 406])
        XCTAssertEqual(headings(try TextFixtures.text("004")), [1, 95, 125, 247, 305, 329], "no title")
    }

    func testSectionsEndWhereTheNextBegins() throws {
        let sections = ReportText(try TextFixtures.text("001")).sections
        XCTAssertEqual(sections[2], 61..<77, "二 runs on to 四 when 三 is missing")
        XCTAssertEqual(sections[6]?.upperBound, 119, "六 runs to the end")
    }

    func testThePreambleListingEveryTitleIsNotAHeading() {
        let text = """
        本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等。
        一、总体情况
        正文
        """
        XCTAssertEqual(headings(text), [2, nil, nil, nil, nil, nil])
    }

    func testSubItemsOfSectionOneAreNotSections() {
        let text = """
        一、总体情况
        （一）主动公开
        （二）依申请公开
        （2）主动公开
        一是主动公开政府信息情况
        二、主动公开政府信息情况
        三、本年度办理结果
        三、收到和处理政府信息公开申请情况
        """
        XCTAssertEqual(headings(text), [1, 6, 8, nil, nil, nil])
    }

    func testNumberingVariantsAndMarkup() {
        let text = """
        第一部分 总体情况
        2. 主动公开政府信息情况
         3、 [image: 微信截图_20230117144917]收到和处理政府信息公开申请情况
        [bookmark: _x]（4）政府信息公开行政复议、行政诉讼情况
        五、政府信息公开工作存在的主要问题及改进情况
        其他需要报告的事项
        """
        XCTAssertEqual(headings(text), [1, 2, 3, 4, 5, 6])
    }

    func testAWronglyNumberedHeadingWithItsFullTitleIsStillASection() {
        XCTAssertEqual(headings("一、总体情况\n正文\n一、主动公开政府信息情况\n"), [1, 3, nil, nil, nil, nil])
    }

    func testLongLinesAreNeverHeadings() {
        let long = "二、主动公开" + String(repeating: "政府信息", count: 12)
        XCTAssertEqual(headings("一、总体情况\n" + long), [1, nil, nil, nil, nil, nil])
        XCTAssertEqual(headings("二、主动公开政府信息情况。本年度我局主动公开信息12条"), [nil, nil, nil, nil, nil, nil])
    }

    func testNoHeadingsAtAll() {
        XCTAssertEqual(ReportText("只是一段文字。").sectionCount, 0)
        XCTAssertEqual(ReportText("").sectionCount, 0)
    }

    /// The words that let a line be read as a heading at all: every way `isHeading` accepts a line
    /// (all of a rule's title words, or one of its keywords) holds one of them, so the lines skipped
    /// could never have been a section's heading.
    func testEveryHeadingHoldsAWordOfTheFilter() {
        func holdsFilterWord(_ word: [UInt8]) -> Bool {
            SectionSplitter.anyHeadingWord.words.contains { Bytes.find($0, in: word, 0..<word.count) != nil }
        }
        for (n, rule) in SectionSplitter.rules.enumerated() {
            for keyword in rule.keywords {
                XCTAssertTrue(holdsFilterWord(keyword), "section \(n + 1): \(String(decoding: keyword, as: UTF8.self))")
            }
            XCTAssertTrue(rule.title.contains(where: holdsFilterWord), "section \(n + 1)'s title")
        }
    }

    func testTheOnePassWordTestAgreesWithASearchPerWord() {
        let filter = SectionSplitter.anyHeadingWord
        let words = filter.words
        let lines = ["一、总体情况", "（一）予以公开\t3", "abc问题", "存在的主要问题及改进情况", "其他需", "x其他需要报告事项",
                     "2、收到和处理政府信息公开申请情况", "行政", "依申请公开", "无", ""]
        for line in lines {
            let bytes = Array(("  " + line + "  ").utf8)
            for lower in 0...2 {
                let range = lower..<bytes.count - lower
                XCTAssertEqual(filter.isHeld(in: bytes, range),
                               words.contains { Bytes.find($0, in: bytes, range) != nil }, "\(line) \(range)")
            }
        }
    }

    func testAHeadingSplitByMarkupIsStillFound() {
        XCTAssertEqual(headings("一、总[bookmark: _Toc1]体情况\n正文\n二、主动公开政府信息情况\n表"), [1, 3, nil, nil, nil, nil])
    }
}
