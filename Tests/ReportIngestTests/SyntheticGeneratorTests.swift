import XCTest
import Foundation
import ReportModel
import ReportSynth

/// The synthetic report generator: determinism, realistic report text, and the hazards each layout prints.
final class SyntheticGeneratorTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func reports(_ layout: Layout, count: Int = 60, seed: UInt64 = 7) -> [SyntheticReport] {
        var generator = ReportGenerator(seed: seed)
        return (0..<count).map { _ in generator.next(layout: layout) }
    }

    func testSplitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    func testSameSeedSameReports() {
        var a = ReportGenerator(seed: 42)
        var b = ReportGenerator(seed: 42)
        var c = ReportGenerator(seed: 43)
        for layout in Layout.allCases {
            let (x, y, z) = (a.next(layout: layout), b.next(layout: layout), c.next(layout: layout))
            XCTAssertEqual(x.text, y.text)
            XCTAssertEqual(x.fileName, y.fileName)
            XCTAssertEqual(x.expected, y.expected)
            XCTAssertNotEqual(x.text, z.text)
        }
    }

    /// Title, preamble with 统计期限, the narrative figures and section 六, in every layout.
    func testReportsAreComplete() {
        for layout in Layout.allCases {
            for report in reports(layout, count: 20) {
                let text = report.text
                if report.layout == .webText || report.layout == .html {
                    XCTAssertTrue(text.contains(report.agency.name) && text.contains("\(report.year)年政府信息公开工作年度报告"))
                } else {
                    XCTAssertTrue(text.contains(report.agency.name + "\(report.year)年政府信息公开工作年度报告")
                        || text.contains(report.agency.name + "\n"), report.fileName)
                }
                XCTAssertTrue(text.contains("统计期限自\(report.year)年1月1日起至\(report.year)年12月31日止"))
                XCTAssertTrue(text.contains("主动公开政府信息\(report["proactive.total"])条"))
                for heading in ["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "信息处理费"] {
                    XCTAssertTrue(text.contains(heading), heading)
                }
                XCTAssertTrue(text.contains("人大代表建议\(report["proposals.npc"])件、政协提案\(report["proposals.cppcc"])件"))
                XCTAssertEqual(report["year"], .integer(report.year))
                XCTAssertEqual(report["agency"], .text(report.agency.name))
                XCTAssertTrue(report.identityFields.contains(catalog.id("agency")))
                XCTAssertTrue(report.narrativeFields.contains(catalog.id("proactive.total")))
            }
        }
    }

    func testLayoutsPrintTheirHazards() {
        let tab = reports(.tabRows)
        XCTAssertTrue(tab.allSatisfy { $0.text.split(separator: "\n").contains { $0.filter { $0 == "\t" }.count >= 7 } })
        XCTAssertTrue(tab.contains { $0.text.contains("\t(七) ") || $0.text.contains("\t（七）") })
        let cells = reports(.cellPerLine)
        XCTAssertTrue(cells.contains { $0.text.contains("[bookmark: _Hlk") })
        XCTAssertTrue(cells.contains { $0.text.contains("\t\u{3000}") })
        let flowed = reports(.pdfFlowed)
        XCTAssertTrue(flowed.contains { $0.text.contains("三、本\n\n年度办") })
        XCTAssertTrue(flowed.contains { $0.text.contains("规章 无 无 无") })
        let pipes = reports(.markdownPipe)
        XCTAssertTrue(pipes.allSatisfy { $0.text.contains("|---|") })
        let all = Layout.allCases.flatMap { reports($0) }
        for quote in ["“三安全一稳定”", "\"三安全一稳定\"", "「三安全一稳定」", "‘三安全一稳定’"] {
            XCTAssertTrue(all.contains { $0.text.contains(quote) }, quote)
        }
        XCTAssertTrue(all.contains { $0.text.contains("总 计") })
        XCTAssertTrue(all.contains { $0.text.contains("出具已获取信息") && !$0.text.contains("重新出具已获取信息") })
    }

    /// Web text: one line, labels and figures glued, figures of several digits, no blank cell; its
    /// expectations leave the rows that cannot be split null.
    func testWebTextLayoutGluesEverything() {
        let web = reports(.webText, count: 100)
        XCTAssertTrue(web.allSatisfy { $0.text.filter { $0 == "\n" }.count == 1 && $0.fileName.hasSuffix(".txt") })
        XCTAssertTrue(web.allSatisfy { $0.text.contains("四、结转下年度继续办理") && !$0.text.contains("\t") })
        XCTAssertTrue(web.contains { report in RequestRow.printed.contains { (report.printed[catalog.requests($0, .total)]?.intValue ?? 0) >= 10 } })
        XCTAssertTrue(web.allSatisfy { $0.gluedRows.rows == 32 })
        XCTAssertTrue(web.contains { $0.gluedRows.leftNull > 0 && $0["tables.requests"] == .text("partial") })
        XCTAssertTrue(web.allSatisfy { report in report.expected.allSatisfy { field, value in report.printed[field].map { $0 == value } ?? true } },
                      "what the oracle reads is what the text prints")
    }

    /// HTML: a page with real tables, spans as in the official forms, read through the HTML reader.
    func testHTMLLayoutIsAPageWithSpans() {
        for report in reports(.html, count: 20) {
            XCTAssertTrue(report.fileName.hasSuffix(".html"))
            XCTAssertTrue(report.text.hasPrefix("<!DOCTYPE html>"))
            XCTAssertTrue(report.text.contains("<td rowspan=\"22\">三、本年度办理结果</td>"))
            XCTAssertTrue(report.text.contains("<td colspan=\"5\">法人或其他组织</td>"))
            XCTAssertTrue(report.text.contains("<td rowspan=\"8\">") && report.text.contains("不予公开</td>"))
            XCTAssertEqual(report.gluedRows, GluedRowCounts())
        }
    }

    func testImageLayoutStatesRequestsInWords() {
        for report in reports(.image, count: 30) {
            XCTAssertTrue(report.text.contains("[image:"))
            XCTAssertEqual(report["tables.requests"], .text("image"))
            XCTAssertEqual(report["tables.proactive"], .text("image"))
            XCTAssertEqual(report["requests.new.org"], .null)
            let new = report["requests.new"]
            XCTAssertNotEqual(new, .null)
            XCTAssertTrue(report.narrativeFields.contains(catalog.id("requests.new.total")))
            XCTAssertEqual(report.expectedFromTables(catalog.id("requests.new.total")), .null)
            let sentence = new == .integer(0) ? "未收到政府信息公开申请" : "共受理依申请公开\(new)件"
            XCTAssertTrue(report.text.contains(sentence), sentence)
        }
    }

    func testPartialAnd2019Layouts() {
        let partial = reports(.partial)
        // Partial tables; one whose printed rows hold no figure at all is `unread`.
        XCTAssertTrue(partial.allSatisfy { ["partial", "unread"].map(Value.text).contains($0["tables.requests"]) })
        XCTAssertTrue(partial.allSatisfy { ["partial", "unread"].map(Value.text).contains($0["tables.proactive"]) })
        XCTAssertTrue(partial.contains { $0["tables.requests"] == .text("partial") })
        XCTAssertTrue(partial.contains { !$0.text.contains("收到和处理政府信息公开申请情况\n") })
        for report in reports(.template2019) {
            XCTAssertTrue(report.text.contains("国办公开办函〔2019〕60号"))
            XCTAssertTrue(report.text.contains("本年新制作数量"))
            XCTAssertTrue((2019...2020).contains(report.year))
            XCTAssertEqual(report["template"], .text("2019"))
            XCTAssertEqual(report["proactive.fees"], .null)
            XCTAssertEqual(report["requests.other_handling.misc"], .null)
        }
    }

    /// Some reports break a sum on purpose; their expected checks say so.
    func testInconsistentReportsExpectAFailingCheck() {
        let all = Layout.textLayouts.flatMap { reports($0, count: 100) }
        let broken = all.filter(\.isInconsistent)
        XCTAssertFalse(broken.isEmpty)
        XCTAssertTrue(broken.contains { $0["check.ok"] == .bool(false) })
        XCTAssertTrue(all.filter { !$0.isInconsistent }.allSatisfy { $0["check.ok"] != .bool(false) })
        XCTAssertTrue(all.contains { report in
            RequestRow.printed.contains { row in
                report.expectedValue(catalog.requests(row, .natural)) == .null
                    && report.expectedValue(catalog.requests(row, .total)) != .null
            }
        }, "some printed rows have a blank cell")
    }

    func testWriteCorpusIsDeterministic() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = try writeCorpus(count: 12, to: base.appendingPathComponent("a"), seed: 5)
        let second = try writeCorpus(count: 12, to: base.appendingPathComponent("b"), seed: 5)
        XCTAssertEqual(first.count, 12)
        XCTAssertEqual(Set(first.map(\.lastPathComponent)).count, 12)
        XCTAssertEqual(first.map(\.lastPathComponent), second.map(\.lastPathComponent))
        for (a, b) in zip(first, second) {
            XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
        }
        var generator = ReportGenerator(seed: 5)
        XCTAssertEqual(try String(contentsOf: first[0], encoding: .utf8), generator.next().text)
    }

    /// `layouts` draws every report's layout from the list given; without it the corpus is as before.
    func testWriteCorpusDrawsLayoutsFromTheListGiven() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let pages = try writeCorpus(count: 6, to: base.appendingPathComponent("html"), seed: 5, layouts: [.html])
        XCTAssertEqual(pages.map(\.pathExtension), Array(repeating: "html", count: 6))
        var generator = ReportGenerator(seed: 5)
        let expected = (0..<6).map { _ in generator.next(from: [.webText, .pdfFlowed]) }
        XCTAssertTrue(expected.allSatisfy { [.webText, .pdfFlowed].contains($0.layout) })
        XCTAssertEqual(Set(expected.map(\.layout)).count, 2, "both layouts drawn in six reports of seed 5")
        let mixed = try writeCorpus(count: 6, to: base.appendingPathComponent("mixed"), seed: 5, layouts: [.webText, .pdfFlowed])
        for (file, report) in zip(mixed, expected) {
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), report.text)
        }
    }
}
