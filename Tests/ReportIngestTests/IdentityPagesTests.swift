import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// HTML pages whose <title> carries the site owner and whose navigation and footer name other bodies;
/// the same file name in three folders, each with its own header; the page's 发布时间 as `published`;
/// the year from the signing date only when nothing else states it.
final class IdentityPagesTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try TextFixtures.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ text: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Report 001's body as paragraphs of a page.
    private func bodyHTML() throws -> String {
        try HeaderVariantsTests.body001().components(separatedBy: "\n").filter { !$0.isEmpty }
            .map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    func testAnHTMLPageWithSiteTitleNavigationAndFooter() throws {
        try write("page.html", """
            <html><head><meta charset="utf-8"><title>济宁市工业和信息化局2021年政府信息公开工作年度报告_济宁市人民政府</title></head>
            <body>
            <div class="top">济宁市人民政府 | 济宁市人民政府办公室 | 济宁市财政局</div>
            <div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
            <h1>济宁市工业和信息化局2021年政府信息公开工作年度报告</h1>
            <div class="info">发布时间：2022-01-20　来源：济宁市人民政府</div>
            \(try bodyHTML())
            <div class="footer">主办单位：济宁市人民政府办公室 承办：济宁市大数据中心 网站标识码：3708000001</div>
            </body></html>
            """)
        let corpus = CorpusLoader.load(paths: [directory.path])
        let record = try XCTUnwrap(corpus.records.first, corpus.diagnostics.map(\.message).joined())
        XCTAssertEqual(record["agency"], .text("济宁市工业和信息化局"), record.warningList.joined(separator: "\n"))
        XCTAssertEqual(record["year"], .integer(2021))
        XCTAssertEqual(record["published"], .text("2022-01-20"))
        XCTAssertEqual(record["city"], .text("济宁市"))
    }

    func testAnHTMLPageWhoseOnlyNamesAreThePagesOwn() throws {
        let body = try TextFixtures.text("004").components(separatedBy: "\n").filter { !$0.isEmpty }
            .map { "<p>\($0)</p>" }.joined(separator: "\n")
        try write("page.html", """
            <html><head><meta charset="utf-8"><title>政府信息公开年报_济南市济阳区人民政府</title></head><body>
            <div>济南市济阳区人民政府 | 济阳区人民政府办公室</div>
            <div>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
            \(body)
            <div>主办单位：济南市济阳区人民政府办公室</div></body></html>
            """)
        let record = try XCTUnwrap(CorpusLoader.load(paths: [directory.path]).records.first)
        XCTAssertEqual(record["agency"], .null, "the page names only its owner; the report names no one")
        XCTAssertTrue(record.warningList.contains { $0.hasPrefix("agency unknown") }, record.warningList.joined(separator: "\n"))
    }

    func testTheSameFileNameInThreeFoldersEachWithItsOwnHeader() throws {
        let body = try HeaderVariantsTests.body001()
        try write("a/report.txt", "首页 > 政务公开 > 年报\n济宁市工业和信息化局2021年政府信息公开工作年度报告\n" + body)
        try write("b/report.txt", "发布机构：济宁市工业和信息化局\n标题：济宁市工业和信息化局2021年政府信息公开工作年度报告\n" + body)
        try write("c/report.txt", "济宁市工业和信\n息化局2021年政府信息公开工作年度报告\n" + body)
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.map(\.id), ["a/report", "b/report", "c/report"])
        for record in corpus.records {
            XCTAssertEqual(record["agency"], .text("济宁市工业和信息化局"), "\(record.id): \(record.warningList)")
            XCTAssertEqual(record["year"], .integer(2021))
        }
    }

    func testTheYearFromTheSigningDateOnlyWhenNothingElseStatesItWithAWarning() throws {
        let text = try TextFixtures.text("003")  // 统计期限 2023, title 2023, signed 2024年1月11日
        let untitled = text.replacingOccurrences(of: "2023年政府信息公开工作年度报告", with: "政府信息公开工作年度报告")
            .replacingOccurrences(of: "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", with: "")
        let record = ReportParser.parse(text: untitled, file: "x.txt", id: "x")
        XCTAssertEqual(record["year"], .integer(2023))
        XCTAssertTrue(record.warningList.contains { $0.contains("year before the signing date 2024-01-11") },
                      record.warningList.joined(separator: "\n"))
        let titled = ReportParser.parse(text: text, file: "y.txt", id: "y")
        XCTAssertEqual(titled["year"], .integer(2023))
        XCTAssertFalse(titled.warningList.contains { $0.contains("signing date") })
        XCTAssertEqual(titled["published"], .text("2024-01-11"))
    }

    func testMetadataReading() {
        var metadata = IdentityMetadata()
        metadata.readLine("来源 : 鄂尔多斯市工业和信息化局作者 : 发布时间 : 2023-01-17 10:48:00", line: 5)
        XCTAssertEqual(metadata.sources, [IdentityMetadata.Entry(value: "鄂尔多斯市工业和信息化局", line: 5)])
        XCTAssertEqual(metadata.published?.date.iso, "2023-01-17")
        var table = IdentityMetadata()
        table.readLine("索引号: | 307021/2024 | 发布机构: | |", line: 1)
        XCTAssertEqual(table.publishers, [], "an empty cell")
        var sentence = IdentityMetadata()
        sentence.readLine("申请人的姓名或者名称、联系方式；", line: 9)
        XCTAssertEqual(sentence.titles, [], "名称 inside a sentence is no key")
    }

    func testAreaCodesAndHostsBeyondShandong() {
        XCTAssertEqual(AreaCodes.cities["0833"], "乐山市")
        XCTAssertEqual(AreaCodes.cities["0527"], "宿迁市")
        XCTAssertEqual(AreaCodes.cities["0759"], "湛江市")
        XCTAssertEqual(AreaCodes.cities["0634"], "济南市", "莱芜 is part of 济南 since 2019")
        XCTAssertEqual(AreaCodes.cities["0710"], "襄阳市", "襄樊 renamed 襄阳")
        XCTAssertNil(AreaCodes.cities["0728"], "a code the source gives only a province for")
        XCTAssertGreaterThan(AreaCodes.cities.count, 300)
        // Every city the table names is a city of the gazetteer.
        for (code, city) in AreaCodes.cities { XCTAssertNotNil(Gazetteer.shared.city(named: city), "\(code) \(city)") }
        XCTAssertEqual(AreaCodes.province(ofHost: "gxj.jiangsu.gov.cn"), "江苏省")
        XCTAssertEqual(AreaCodes.province(ofHost: "www.gxzf.gov.cn"), "广西壮族自治区")
        XCTAssertEqual(AreaCodes.province(ofHost: "www.gov.cn"), nil)
        // The 27 provinces and autonomous regions (the 4 municipalities are city hosts), each a province of the gazetteer.
        XCTAssertEqual(Set(AreaCodes.provinceHosts.values).count, 27)
        for name in Set(AreaCodes.provinceHosts.values) {
            XCTAssertTrue(Gazetteer.shared.places(named: name).contains { $0.kind == .province }, name)
        }
        let report = ReportText("某某局\n网址：http://gxj.jiangsu.gov.cn/art/2023/1/1/art_1.html\n")
        let evidence = RegionEvidence.collect(report)
        XCTAssertEqual(evidence.ranked.first?.city.name, "江苏省")
    }
}
