import XCTest
@testable import ReportIngest

/// `ScriptFolding`: traditional → simplified and pinyin glosses dropped, before anything reads the text.
/// The lines are those of real report 14 (a mirror's traditional conversion, Fixtures/real/).
final class ScriptFoldingTests: XCTestCase {
    private func folded(_ text: String) -> String? {
        ScriptFolding.fold(Array(text.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func testTraditionalCharactersAndPinyinGlossesFoldToTheTemplatesWords() {
        XCTAssertEqual(folded("規(guī)章"), "规章")
        XCTAssertEqual(folded("行政規(guī)范性文件"), "行政规范性文件")
        XCTAssertEqual(folded("本年制發(fā)件數(shù)"), "本年制发件数")
        XCTAssertEqual(folded("寧強縣審計局"), "宁强县审计局")
        XCTAssertEqual(folded("根據(jù)《中華人民共和國政府信息公開條例》"), "根据《中华人民共和国政府信息公开条例》")
        XCTAssertEqual(folded("二、主動公開政府信息情況"), "二、主动公开政府信息情况")
    }

    func testSimplifiedTextIsNeverChanged() {
        // Characters simplified text prints too stay (乾县 is a county; 於 and 藉 are written in simplified text).
        XCTAssertNil(folded("乾县人民政府办公室于2023年藉此"))
        XCTAssertNil(folded("（一）规章 | 0 | 0 | 0 |\n二、主动公开政府信息情况"))
        // Parentheses that are not glosses: a numbering, a file type, a letter, a syllable with no tone mark.
        XCTAssertNil(folded("第二十条第(一)项 报告(pdf) 附件(a) 的(de)"))
        XCTAssertNil(folded("(guī)章"), "a gloss only follows an ideograph")
        XCTAssertEqual(folded("規(guāngguāngg)"), "规(guāngguāngg)", "seven letters are not a gloss")
    }

    func testLinesAreKept() throws {
        let text = "| \n       規(guī)章  | \n      \n       0  | \n縣審計局"
        let out = try XCTUnwrap(folded(text))
        XCTAssertEqual(out.split(separator: "\n", omittingEmptySubsequences: false).count,
                       text.split(separator: "\n", omittingEmptySubsequences: false).count)
        XCTAssertEqual(out, "| \n       规章  | \n      \n       0  | \n县审计局")
    }

    func testBrokenBytesNeverTrap() {
        let broken: [[UInt8]] = [[0xE5], [0xE5, 0xAF], [0xE5, 0xAF, 0x28], [0x28, 0xC7], [0xE8, 0xA6, 0x8F, 0x28, 0x67, 0xC7]]
        for bytes in broken { _ = ScriptFolding.fold(bytes) }
        XCTAssertNil(ScriptFolding.fold([0xE5]))
    }

    func testNamesGoBackToTheReportsCharacters() throws {
        let report = ReportText("寧強縣審計局\n2023年政府信息公開工作年度報告\n規(guī)章")
        XCTAssertEqual(report.lines[0].text, "宁强县审计局")
        XCTAssertEqual(report.text, "寧強縣審計局\n2023年政府信息公開工作年度報告\n規(guī)章", "the record keeps the text as decoded")
        XCTAssertEqual(report.printed("宁强县审计局"), "寧強縣審計局")
        XCTAssertEqual(report.printed("汉中市宁强县审计局"), "汉中市寧強縣審計局", "characters the report does not print stay")
        // 审 printed as it is and 審 folded to it: which one the name has is not certain.
        let mixed = ReportText("寧強縣審計局\n宁强县审计局办公室")
        XCTAssertNil(mixed.printed("宁强县审计局"))
        XCTAssertEqual(ReportText("宁强县审计局").printed("宁强县审计局"), "宁强县审计局")
    }

    /// The generator's rule holds for the table as built: no traditional character of it is a simplified
    /// form, and no gazetteer name holds one (folding never changes a place name).
    func testTheTableNeverChangesASimplifiedCharacter() {
        let table = ScriptFolding.Table.shared
        XCTAssertGreaterThan(table.products.count, 2000)
        for product in table.products { XCTAssertNil(table.simplified(product), "\(product) is folded and produced") }
        for place in Gazetteer.shared.places.values {
            XCTAssertNil(folded(place.name), "\(place.name) would fold")
        }
    }
}
