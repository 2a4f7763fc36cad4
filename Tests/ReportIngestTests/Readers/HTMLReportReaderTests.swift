import Foundation
import XCTest
@testable import ReportIngest

final class HTMLReportReaderTests: XCTestCase {
    private static let zeros = Array(repeating: "0", count: 7).joined(separator: "\t")

    private func read(_ fixture: String) throws -> [String] {
        try HTMLReportReader.text(from: ReaderFixtures.data(fixture), fileName: fixture).canonicalLines
    }

    private func read(html: String) throws -> String {
        try HTMLReportReader.text(from: Data(html.utf8), fileName: "page.html")
    }

    // MARK: report 003 as a GBK page (declared gb2312), one <td> per cell of the text report

    func testGBKPageDecodesChinese() throws {
        let lines = try read("report003_gbk.html")
        XCTAssertEqual(Array(lines.prefix(2)), ["市中区工业和信息化局", "2023年政府信息公开工作年度报告"])
        XCTAssertTrue(lines.contains("（二）依申请公开"))
        // A paragraph wrapped in the page source between Chinese characters reads back unbroken.
        XCTAssertTrue(lines.contains("2023年，我局主动公开信息65条，其中在区政府门户网站公开59条，政务新媒体公开5条，其他渠道公开1条。"))
        // GBK-only characters (beyond GB2312) and the no-break space written as &#160;.
        XCTAssertTrue(lines.contains { $0.contains("电子邮箱：gxj3252082＠zz.shandong.cn 。") })
    }

    func testGBKPageTableRows() throws {
        let lines = try read("report003_gbk.html")
        XCTAssertTrue(lines.contains("一、本年新收政府信息公开申请数量\t\(Self.zeros)"))
        XCTAssertTrue(lines.contains("二、上年结转政府信息公开申请数量\t\(Self.zeros)"))
        XCTAssertTrue(lines.contains("三、本年度办理结果\t（一）予以公开\t\(Self.zeros)"))
        XCTAssertTrue(lines.contains("\t（三）不予公开\t1.属于国家秘密\t\(Self.zeros)"), "an empty cell stays an empty cell")
        XCTAssertTrue(lines.contains("\t\t5.要求行政机关确认或重新出具已获取信息\t\(Self.zeros)"), "a <br> inside a label joins")
        XCTAssertTrue(lines.contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况"))
        XCTAssertTrue(lines.contains("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t"), "&nbsp; cells are empty")
        XCTAssertTrue(lines.contains("行政处罚\t0"), "the full-width blank before 0 is trimmed")
        XCTAssertTrue(lines.contains(Array(repeating: "0", count: 15).joined(separator: "\t")))
    }

    func testGBKPageSkipsScriptStyleNavigationAndHead() throws {
        let text = try read("report003_gbk.html").joined(separator: "\n")
        for absent in ["脚本里的文字", "notice", "border", "网站首页", "政务公开</a>", "[bookmark", "_Hlk"] {
            XCTAssertFalse(text.contains(absent), absent)
        }
        XCTAssertEqual(text.components(separatedBy: "2023年政府信息公开工作年度报告").count, 2, "the <title> is not text")
        XCTAssertTrue(text.hasSuffix("版权所有：枣庄市市中区人民政府\n"), "page text outside the report is kept")
    }

    // MARK: report 004 in the official table layout (rowspan/colspan), inside a page layout table

    func testRowspanAndColspanPlaceEveryFigureInItsColumn() throws {
        let lines = try read("report004.html")
        let expected = [
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t",
            "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
            "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
            "一、本年新收政府信息公开申请数量\t\t\t\(Self.zeros)",
            "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
            "三、本年度办理结果\t（一）予以公开\t\t\(Self.zeros)",
            "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t\(Self.zeros)",
            "\t（三）不予公开\t1.属于国家秘密\t\(Self.zeros)",
            "\t\t2.其他法律行政法规禁止公开\t\(Self.zeros)",
        ]
        let start = try XCTUnwrap(lines.firstIndex(of: expected[0]))
        XCTAssertEqual(Array(lines[start..<(start + expected.count)]), expected)
        XCTAssertTrue(lines.contains("\t\t3.其他\t1\t0\t0\t0\t0\t0\t1"))
        XCTAssertTrue(lines.contains("\t（七）总计\t\t1\t0\t0\t0\t0\t0\t1"))
        XCTAssertTrue(lines.contains("四、结转下年度继续办理\t\t\t\(Self.zeros)"))
        // Rowspan labels are printed once; the rows below get empty cells, never a copy.
        XCTAssertEqual(lines.filter { $0.contains("三、本年度办理结果") }.count, 1)
        XCTAssertEqual(lines.filter { $0.contains("（六）其他处理") }.count, 1)
        // All 25 data rows: 3 label columns and 7 figures.
        let rows = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            .filter { $0.count == 10 && $0.suffix(7).allSatisfy { Int($0) != nil } }
        XCTAssertEqual(rows.count, 25)
    }

    func testOtherTablesOfReport004() throws {
        let lines = try read("report004.html")
        XCTAssertTrue(lines.contains("第二十条第（一）项\t\t\t"))
        XCTAssertTrue(lines.contains("规章\t无\t无\t无"))
        XCTAssertTrue(lines.contains("信息内容\t本年处理决定数量\t\t"))
        XCTAssertTrue(lines.contains("行政许可\t无\t\t"))
        XCTAssertTrue(lines.contains("行政复议\t\t\t\t\t行政诉讼" + String(repeating: "\t", count: 9)))
        XCTAssertTrue(lines.contains("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t"))
        XCTAssertTrue(lines.contains("\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计"))
    }

    func testPageLayoutTableIsReadAsText() throws {
        let lines = try read("report004.html")
        XCTAssertEqual(Array(lines.prefix(3)), ["政府信息公开指南", "政府信息公开年报", "一、总体情况"])
        XCTAssertTrue(lines.contains { $0.hasPrefix("（二）依申请公开情况。2022 年度，我局未收到个人申请公开信息情况；") })
        XCTAssertTrue(lines.contains("六、其他需要报告的事项"))
    }

    // MARK: pages and markup

    func testPageWithoutReportStillYieldsItsText() throws {
        let html = "<html><head><title>404</title></head><body><h1>页面不存在</h1><p>您访问的页面已删除，<a href=/>返回首页</a>。</p></body></html>"
        XCTAssertEqual(try read(html: html), "页面不存在\n您访问的页面已删除，返回首页。\n")
        XCTAssertEqual(try read(html: ""), "")
        XCTAssertEqual(try read(html: "<html><body><script>x()</script></body></html>"), "")
    }

    func testBlocksBreaksWhitespaceAndImages() throws {
        let html = """
            <body><div>第一段
                 文字 <b>加粗</b>&nbsp;&nbsp;text  more</div>第二段<br>第三段<br><br>
            <p hidden>隐藏</p><p style="display: none">也隐藏</p><p>　　缩进</p>
            <p><img src="/upload/2023/table3.png" alt="收到和处理政府信息公开申请情况"></p><ul><li>甲</li><li>乙</li></ul>
            <pre>行一
            行二</pre></body>
            """
        XCTAssertEqual(try read(html: html), """
            第一段文字 加粗 text more
            第二段
            第三段
            缩进
            [image: 收到和处理政府信息公开申请情况]
            甲
            乙
            行一
            行二

            """)
    }

    func testWordSavedPageMarkup() throws {
        // Word's "save as web page": conditional comments, downlevel conditionals, o:p, entities.
        let html = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml>\
            <w:WordDocument>x</w:WordDocument></xml><![endif]--></head><body lang=ZH-CN><div class=WordSection1>
            <p class=MsoListParagraph><![if !supportLists]><span>1.<span style='font:7.0pt'>&nbsp;&nbsp; </span>\
            </span><![endif]>列表项<o:p></o:p></p><p>A&amp;B &lt;tag&gt; &#x4E00; &copy;</p><p>后<![CDATA[x]]></p></div></body></html>
            """
        XCTAssertEqual(try read(html: html), "1. 列表项\nA&B <tag> 一 ©\n后\n")
    }

    func testConcurrentReadsAgree() throws {
        let data = try ReaderFixtures.data("report004.html")
        let expected = try HTMLReportReader.text(from: data, fileName: "report004.html")
        let results = ResultBox(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            results.set(index, try? HTMLReportReader.text(from: data, fileName: "report004.html"))
        }
        XCTAssertEqual(results.values, Array(repeating: expected, count: 8))
    }

    func testMalformedTablesAreRepaired() throws {
        // Unclosed cells and rows, a stray cell outside any table, text between rows, a caption.
        let html = "<table><caption>表三</caption><tr><td>甲<td>1<tr><td>乙<td>2</table><td>零散</td>"
            + "<table><tr><td>丙</td>说明<td>3</td></tr></table>"
        XCTAssertEqual(try read(html: html), "表三\n甲\t1\n乙\t2\n零散\n说明\n丙\t3\n")
    }

    func testDeeplyNestedMarkupDoesNotCrash() throws {
        let depth = 20_000
        let html = String(repeating: "<div><table><tr><td>", count: depth) + "深处"
            + String(repeating: "</td></tr></table></div>", count: depth) + "<p>之后</p>"
        let lines = try read(html: html).canonicalLines
        XCTAssertTrue(lines.contains("深处"))
        XCTAssertEqual(lines.dropLast().last, "之后")
    }

    /// A 50 MB page: read in one pass, every paragraph and table row accounted for.
    func testFiftyMegabytePage() throws {
        let url = try ReaderFixtures.temporaryDirectory(for: self).appendingPathComponent("big.html")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let file = try FileHandle(forWritingTo: url)
        let paragraph = "<p>本年度，我局在政府信息公开工作中，未出现责任性事故，不需责任追究。"
            + String(repeating: "主动公开政府信息", count: 40) + "</p>\n"
        let table = "<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td></tr>"
            + "<tr><td>（二）部分公开</td><td>&nbsp;</td><td>2</td></tr></table>\n"
        var chunk = "<html><head><meta charset=\"utf-8\"><title>大页面</title></head><body>\n"
        var paragraphs = 0
        var tables = 0
        var written = 0
        while written < 50 * 1_048_576 {
            for _ in 0..<100 { chunk += paragraph }
            chunk += table
            paragraphs += 100
            tables += 1
            let data = Data(chunk.utf8)
            file.write(data)
            written += data.count
            chunk = ""
        }
        file.write(Data("</body></html>".utf8))
        try file.close()
        let text = try HTMLReportReader.text(from: Data(contentsOf: url), fileName: "big.html")
        var counts = (paragraphs: 0, first: 0, second: 0)
        text.enumerateLines { line, _ in
            if line.hasPrefix("本年度，我局") { counts.paragraphs += 1 }
            if line == "三、本年度办理结果\t（一）予以公开\t\t1" { counts.first += 1 }
            if line == "\t（二）部分公开\t\t2" { counts.second += 1 }
        }
        XCTAssertEqual(counts.paragraphs, paragraphs)
        XCTAssertEqual(counts.first, tables)
        XCTAssertEqual(counts.second, tables)
    }
}

/// Results written from concurrent threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [String?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
