import XCTest
import ReportModel
@testable import ReportIngest

final class ReportParserTests: XCTestCase {
    /// Tokens that exercise every reader: markers, numbers, units, keywords, markup, places, dates, breaks.
    private let tokens = [
        "一、", "二、", "六、", "（二）", "3、", "第一部分", "一是", "[image: 图]", "[bookmark: _x]", "[image:",
        "2022", "2021 ", "年", "月", "日", "１２", "0", "1.5", "主动公开", "政府信息", "政务信息", "共", "条", "篇",
        "件", "元", "万元", "收到", "未收到", "受理", "申请", "收取", "未", "信息处理费", "建议", "提案", "人大代表",
        "政协委员", "和", "、", "，", "。", "；", "：", "《", "》", "济南市", "济阳区", "市中区", "枣庄市", "地址：",
        "0632-", "3252082", "www.zzszq", ".gov.cn", "〔2021〕30号", "统计期限自", "本报告由", "按照", "工业和信息化局",
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议", "主要问题", "其他需要报告的事项",
        "规范性文件", "制发", "现行有效", "二〇二四", "十一", "\n", "\n\n", "\r\n", "\r", " ", "　", "\t",
    ]

    /// A deterministic generator (SplitMix64), so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func testRandomTextsNeverCrashAndProvenanceStaysInsideTheText() {
        var generator = Generator(state: 2024)
        for round in 0..<800 {
            let count = Int(generator.next() % 120)
            let text = (0..<count).map { _ in tokens[Int(generator.next() % UInt64(tokens.count))] }.joined()
            let record = ReportParser.parse(text: text, file: "r.txt", id: "r")
            let normalized = LineBreaks.normalize(text)
            XCTAssertEqual(record["text"], .text(normalized), "round \(round)")
            let lineCount = LineBreaks.lines(of: normalized).count
            for field in FieldCatalog.standard.fields {
                guard let source = record.source(of: field.id) else { continue }
                XCTAssertLessThanOrEqual(source.line, lineCount, "round \(round): \(field.name)")
                XCTAssertGreaterThanOrEqual(source.line, 0)
            }
        }
    }

    func testEmptyAndBlankTextsGiveARecordWithNulls() {
        for text in ["", "\n\n", "　"] {
            let record = ReportParser.parse(text: text, file: "f.txt", id: "f")
            XCTAssertEqual(record["id"], .text("f"))
            XCTAssertEqual(record["agency"], .null)
            XCTAssertEqual(record["year"], .null)
            XCTAssertEqual(record["proactive.total"], .null)
            XCTAssertEqual(record["template"], .text("unknown"))
        }
    }

    func testCRLFTextParsesLikeLFText() throws {
        let text = try TextFixtures.text("003")
        let crlf = ReportParser.parse(text: text.replacingOccurrences(of: "\n", with: "\r\n"), file: "a", id: "a")
        let lf = ReportParser.parse(text: text, file: "a", id: "a")
        XCTAssertEqual(crlf.values, lf.values)
        XCTAssertEqual(crlf.provenance, lf.provenance)
    }

    func testRecognizer() throws {
        XCTAssertTrue(ReportRecognizer.isReport(ReportText(try TextFixtures.text("004"))))
        XCTAssertTrue(ReportRecognizer.isReport(ReportText("本机关政府信息公开工作：主动公开信息3条。")))
        XCTAssertFalse(ReportRecognizer.isReport(ReportText("# README\n政府信息公开 is a topic.")))
        XCTAssertFalse(ReportRecognizer.isReport(ReportText("")))
    }
}
