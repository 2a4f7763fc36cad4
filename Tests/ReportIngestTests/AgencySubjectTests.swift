import XCTest
@testable import ReportIngest

/// `AgencySubject`: the body named after the year, a name of its own when it names a place, else only
/// with a contact sentence that agrees. Lines from real 04, 20 and 33 (Fixtures/real/); the negative
/// cases change one thing in them.
final class AgencySubjectTests: XCTestCase {
    private let parser = RegionParser.shared

    private func publisher(_ text: String) -> String? {
        let report = ReportText(text)
        guard let subject = AgencySubject.find(report) else { return nil }
        return AgencySubject.publisher(subject, contacts: AgencyEvidence.contactSentences(report.flow), parser: parser)?.name
    }

    private let taojiang = "一、总体情况\n2020年,县审计局认真贯彻执行《中华人民共和国政府信息公开条例》,从审计工作实际出发。\n如对本报告有任何疑问,请联系桃江县审计局办公室。\n联系电话:0737-2691838。"
    private let chuncheng = "2022年,春城街道办事处按照中央、省、市、区的要求,不断拓展公开内容。\n本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的有关规定编制。如对本报告有任何疑问,请联系长春市绿园区春城街道办事处(办公地址:长春市绿园区创业大街76号,邮政编码:130062,联系电话:0431-80529114)。\n一、总体情况"

    func testASubjectThatNamesAPlaceIsTheName() {
        XCTAssertEqual(publisher("一、总体情况\n2022年,东至县人民政府办公室认真贯彻落实国家、省、市关于政务公开工作的部署。"), "东至县人民政府办公室")
    }

    func testABareSubjectTakesTheContactThatAgrees() {
        XCTAssertEqual(publisher(taojiang), "桃江县审计局", "the body whose 办公室 the contact names")
        XCTAssertEqual(publisher(chuncheng), "长春市绿园区春城街道办事处")
    }

    func testABareSubjectWithoutAgreementGivesNothing() {
        XCTAssertNil(publisher(taojiang.replacingOccurrences(of: "请联系桃江县审计局办公室", with: "请联系桃江县财政局办公室")), "another body")
        XCTAssertNil(publisher(taojiang.replacingOccurrences(of: "县审计局认真", with: "区审计局认真")), "县 is not 区")
        XCTAssertNil(publisher(taojiang.replacingOccurrences(of: "请联系桃江县审计局办公室", with: "请联系审计局办公室")), "no place")
        XCTAssertNil(publisher("2022年,在州委、州政府的坚强领导和关心帮助下,认真贯彻落实。\n请联系黔南州交通运输局办公室。"))
        XCTAssertNil(publisher("2020年,县审计局认真贯彻执行。"), "no contact")
    }

    func testOnlyTheFirstLineWithAYearAndACommaCounts() {
        XCTAssertEqual(publisher("2022年度政府信息公开工作年度报告\n2022年,东至县人民政府办公室认真贯彻落实"), "东至县人民政府办公室",
                       "a title line without a comma is passed over")
        XCTAssertNil(publisher("2022年,我局认真贯彻执行。\n2022年,东至县人民政府办公室认真贯彻落实"), "the first subject decides")
    }

    /// Through the whole reader: the subject only speaks when no strong place names a body.
    func testTheSubjectIsReadOnlyWhenNoStrongPlaceNamesABody() {
        let titled = "东至县财政局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,东至县人民政府办公室认真贯彻落实国家、省、市关于政务公开工作的部署。"
        let report = ReportText(titled)
        let candidates = AgencyEvidence.collect(report, title: ReportTitle.find(report, parser: parser),
                                                metadata: IdentityMetadata.read(report), signingLine: nil, parser: parser)
        XCTAssertFalse(candidates.contains { $0.place == .subject })
        XCTAssertTrue(candidates.contains { $0.name == "东至县财政局" })
    }
}
