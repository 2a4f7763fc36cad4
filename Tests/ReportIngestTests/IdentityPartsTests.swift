import XCTest
import ReportModel
@testable import ReportIngest

/// Title, signing date, year, agency, template and level readers on small texts.
final class IdentityPartsTests: XCTestCase {
    private func date(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return CalendarDate.parse(bytes, at: 0, limit: bytes.count)?.date.iso
    }

    func testCalendarDates() {
        XCTAssertEqual(date("2024年1月11日"), "2024-01-11")
        XCTAssertEqual(date("2024 年 01 月 11 日"), "2024-01-11")
        XCTAssertEqual(date("二〇二四年一月十一日"), "2024-01-11")
        XCTAssertEqual(date("二〇二三年十二月三十一日"), "2023-12-31")
        XCTAssertNil(date("2024年13月1日"))
        XCTAssertNil(date("2024年1月"))
    }

    func testSigningDateIsAShortLineAtTheEnd() {
        let signed = ReportText("正文。\n市中区工业和信息化局\n2024年1月11日 \n\n8\n")
        XCTAssertEqual(SigningDate.find(signed)?.date.iso, "2024-01-11")
        XCTAssertEqual(SigningDate.find(signed)?.line, 3)
        XCTAssertEqual(SigningDate.find(ReportText("正文。\n某某局 2023年2月1日"))?.date.iso, "2023-02-01")
        XCTAssertNil(SigningDate.find(ReportText("统计期限自2022年1月1日起至2022年12月31日止。\n 本年处理决定数量")))
        // Web text: the whole report on one line, the signature glued to the last sentence.
        let web = String(repeating: "加强政策解读和回应，不断提升公开质量和实效。", count: 30) + "其他事项无。济南市济阳区工业和信息化局2023年1月19日"
        XCTAssertEqual(SigningDate.find(ReportText(web))?.date.iso, "2023-01-19")
        XCTAssertNil(SigningDate.find(ReportText(web + "，特此报告。")))
    }

    func testTitleOnOneLineAndOnTwo() {
        let one = ReportTitle.find(ReportText("\n济宁市工业和信息化局 2021 年政府信息公开 工作年度报告\n\n一、总体情况"))
        XCTAssertEqual(one?.agency, "济宁市工业和信息化局")
        XCTAssertEqual(one?.year, 2021)
        XCTAssertEqual(one?.agencyLine, 2)
        let two = ReportTitle.find(ReportText("聊城市工业和信息化局\n2022年政府信息公开工作年度报告\n一、总体情况"))
        XCTAssertEqual(two?.agency, "聊城市工业和信息化局")
        XCTAssertEqual(two?.agencyLine, 1)
        // A web page's menu read before the report: "政府信息公开指南" above "政府信息公开年报" names no agency.
        let menu = ReportTitle.find(ReportText("政府信息公开指南\n政府信息公开年报\n一、总体情况"))
        XCTAssertNil(menu?.agency)
        XCTAssertEqual(two?.yearLine, 2)
        XCTAssertNil(ReportTitle.find(ReportText("本报告依据《年度报告格式》编制，内容如下。\n一、总体情况")), "a sentence")
    }

    func testYearCascade() {
        let period = ReportText("本报告所列数据的统计期限自 2021 年 1 月 1 日起至 2021 年 12 月 31 日止。")
        XCTAssertEqual(ReportYear.find(period, title: nil, signing: nil), ReportYear.Found(year: 2021, line: 1))
        let signed = ReportText("一、总体情况\n2023年，我局…\n六、其他需要报告的事项\n无\n2024年1月11日")
        let signing = SigningDate.find(signed)
        XCTAssertEqual(ReportYear.find(signed, title: nil, signing: signing)?.year, 2023, "signing date minus one")
        XCTAssertEqual(ReportYear.find(signed, title: nil, signing: signing)?.warnings.count, 1, "says so")
        let guessed = ReportYear.find(ReportText("一、总体情况\n2021年…2022 年…2022年"), title: nil, signing: nil)
        XCTAssertEqual(guessed?.year, 2022)
        XCTAssertEqual(guessed?.warnings.count, 1)
        XCTAssertNil(ReportYear.find(ReportText("一、总体情况\n无年份"), title: nil, signing: nil))
    }

    /// Real report 18 (黔南州交通运输局, Fixtures/real/): it names itself 2022年度 in its opening sentence and
    /// speaks of 2022 throughout, but its 统计期限 (copied from the year before) says 2021. Nothing in the
    /// text says which is right: the year is null, with a warning giving both.
    func testYearWhenThe统计期限DisagreesWithTheReportsOwnName() {
        let opening = "现将2022年度政府信息公开工作报告如下。\n"
        let period = "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2022年，…"
        let both = ReportYear.find(ReportText(opening + period), title: nil, signing: nil)
        XCTAssertNotNil(both)
        XCTAssertNil(both?.year ?? nil)
        XCTAssertEqual(both?.warnings, ["year left null: the report names itself 2022 (line 1), its 统计期限 (line 2) says 2021"])
        XCTAssertEqual(ReportYear.find(ReportText(opening + "一、总体情况\n2021年…"), title: nil, signing: nil),
                       ReportYear.Found(year: 2022, line: 1), "the opening sentence alone names the year")
        let agreeing = "现将2021年度政府信息公开工作报告如下。\n" + period
        XCTAssertEqual(ReportYear.find(ReportText(agreeing), title: nil, signing: nil)?.year, 2021)
        XCTAssertEqual(ReportYear.find(ReportText(agreeing), title: nil, signing: nil)?.warnings, [])
    }

    /// Real report 37 (自治区北部湾办, Fixtures/real/): "本年度报告根据…要求,由广西壮族自治区北部湾经济区规划建设管理办公室
    /// (以下简称自治区北部湾办)编制。" names the publisher after 根据…; and a 本报告由 sentence that lists the
    /// report's parts (real report 18: 本报告由总体情况、…) names none.
    func testAgencyFromTheYearReportSentence() {
        let sentence = ReportText("本年度报告根据《中华人民共和国政府信息公开条例》要求,由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制。")
        XCTAssertEqual(AgencyFinder.byReportSentence(sentence.flow)?.name, "广西壮族自治区北部湾经济区规划建设管理办公室")
        let parts = ReportText("本报告由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况等6项内容。")
        XCTAssertNil(AgencyFinder.byReportSentence(parts.flow))
    }

    /// Real reports 38 and 08 (Fixtures/real/) cite their own title right after the mark: "现编制《钦北区林业局
    /// 2023年政府信息公开工作年度报告》", "编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》"; another
    /// document cited later in the clause is not read.
    func testAgencyFromTheReportsOwnCitedTitle() {
        XCTAssertEqual(AgencyEvidence.ownTitle("《钦北区林业局2023年政府信息公开工作年度报告》。"), "钦北区林业局2023年政府信息公开工作年度报告")
        XCTAssertNil(AgencyEvidence.ownTitle("我局2023年度报告，依据《某市政务公开办公室关于…的通知》"))
        let report = ReportText("根据《中华人民共和国政府信息公开条例》和上级相关文件要求,编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》,所列数据自2023年1月1日起至2023年12月31日止。")
        XCTAssertEqual(AgencyEvidence.publishSentences(report.flow, .shared).map(\.0), ["苍溪县乡村振兴局"])
    }

    func testAgencyFromTheReportSentenceAndFromCitedDocuments() {
        let sentence = ReportText(" 本报告由济宁市兖州区工业和信息化局按照《条例》要求编制。")
        XCTAssertEqual(AgencyFinder.byReportSentence(sentence.flow)?.name, "济宁市兖州区工业和信息化局")
        let cited = ReportText("""
        公开了《济阳区工业和信息化局部门主动公开基本目录》和《济南市济
        阳区工业和信息化局政务公开工作制度》，《济南市人民政府关于印发的通知》，
        《济南市济阳区工业和信息化局政府信息公开指南》《中华人民共和国政府信息公开条例》
        """)
        XCTAssertEqual(AgencyFinder.citedDocuments(cited.flow, .shared),
                       AgencyFinder.Found(name: "济南市济阳区工业和信息化局", line: 1))
    }

    func testAgencyFromTheSignature() {
        let report = ReportText("一、总体情况\n正文。\n\n市中区工业和信息化局\n2024年1月11日")
        let signing = SigningDate.find(report)
        XCTAssertEqual(AgencyFinder.signature(report, above: signing?.line),
                       AgencyFinder.Found(name: "市中区工业和信息化局", line: 4))
        let sameLine = ReportText("一、总体情况\n正文。\n\n济南市济阳区工业和信息化局 2023年1月19日")
        XCTAssertEqual(AgencyFinder.signature(sameLine, above: SigningDate.find(sameLine)?.line),
                       AgencyFinder.Found(name: "济南市济阳区工业和信息化局", line: 4))
    }

    func testAgencyNameCleaningAndBody() {
        XCTAssertEqual(AgencyName.clean(" 济宁市工业和信息化局 关于"), "济宁市工业和信息化局")
        XCTAssertNil(AgencyName.clean("我局认真贯彻，落实"))
        XCTAssertEqual(AgencyName.body(at: "工业和信息化局政务公开工作实施方案"), "工业和信息化局")
        XCTAssertEqual(AgencyName.body(at: "人民政府办公室关于"), "人民政府办公室")
        XCTAssertEqual(AgencyName.body(at: "发展和改革委员会"), "发展和改革委员会")
        XCTAssertNil(AgencyName.body(at: "政务公开工作要点"))
    }

    func testTemplateCitation() {
        XCTAssertEqual(TemplateCitation.find(ReportText("（国办公开办函〔2021〕30号）要求").flow)?.template, "2021")
        XCTAssertEqual(TemplateCitation.find(ReportText("国办公开办函〔2021〕30 号").flow)?.template, "2021")
        XCTAssertEqual(TemplateCitation.find(ReportText("国办公开办函[2019]60号").flow)?.template, "2019")
        XCTAssertNil(TemplateCitation.find(ReportText("〔2021〕3号 2021年30号").flow))
    }

    func testTemplateFallsBackToUnknownButNeverOverridesTheTables() {
        var record = ReportRecord()
        IdentityReader.apply(ReportText("一、总体情况\n正文"), to: &record)
        XCTAssertEqual(record["template"], .text("unknown"))
        var fromTables = ReportRecord()
        fromTables.set(FieldCatalog.standard.id("template"), .text("2019"), line: 70, origin: .table)
        IdentityReader.apply(ReportText("国办公开办函〔2021〕30号"), to: &fromTables)
        XCTAssertEqual(fromTables["template"], .text("2019"))
    }

    func testLevels() {
        let parser = RegionParser.shared
        XCTAssertEqual(AgencyLevel.level(of: "工业和信息化部", match: parser.parse("工业和信息化部")), "central")
        XCTAssertEqual(AgencyLevel.level(of: "海关总署", match: parser.parse("海关总署")), "central")
        XCTAssertEqual(AgencyLevel.level(of: "济宁市工业和信息化局", match: parser.parse("济宁市工业和信息化局")), "city")
        XCTAssertNil(AgencyLevel.level(of: "工业和信息化局", match: parser.parse("工业和信息化局")))
        XCTAssertNil(AgencyLevel.level(of: nil, match: RegionMatch()))
    }

    /// Cited titles 《…》 are cut (a space where one closed); a text without 《 comes back as it was, a
    /// stray 》 included.
    func testCitationsAreCutAndOtherTextKept() {
        XCTAssertEqual(PageChrome.withoutCitations("根据《中华人民共和国政府信息公开条例》要求"), "根据 要求")
        XCTAssertEqual(PageChrome.withoutCitations("《关于〈条例〉的通知》附"), " 附")
        XCTAssertEqual(PageChrome.withoutCitations("济宁市》工业和信息化局"), "济宁市》工业和信息化局")
        XCTAssertEqual(PageChrome.withoutCitations("e\u{301} 2021年"), "e\u{301} 2021年")
        XCTAssertEqual(PageChrome.withoutCitations("未闭合《标题"), "未闭合")
        // Not plain (a combining accent): cut character by character, the same way.
        XCTAssertEqual(PageChrome.withoutCitations("e\u{301}根据《条例》要求》"), "e\u{301}根据 要求》")
    }
}
