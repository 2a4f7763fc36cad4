import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// The openings of real report pages as their sites publish them (text as extracted from the pages named
/// in each test; bodies cut after the first paragraphs): breadcrumbs, metadata rows, 来源 lines, cited
/// notices before any name, contact sentences naming an office.
final class RealPageHeadersTests: XCTestCase {
    private func record(_ text: String) -> ReportRecord { ReportParser.parse(text: text, file: "p.txt", id: "p") }

    /// http://gxj.ordos.gov.cn/xxgk_126422/xxgknb_126426/202301/t20230117_3329453.html
    func testOrdosBreadcrumbAndSourceLine() {
        let report = record("""
            首页
            当前位置 : 首页>政府信息公开>政府信息公开工作年报

            鄂尔多斯市工业和信息化局2022年政府信息公开工作年度报告

            来源 : 鄂尔多斯市工业和信息化局作者 : 发布时间 : 2023-01-17 10:48:00
              根据《中华人民共和国政府信息公开条例》第五十条相关规定,现将我局2022年度政府信息公开工作情况报告如下。
              一、总体情况
              2022年,我局严格贯彻落实《中华人民共和国政府信息公开条例》,全面做好政府信息主动公开、依申请公开、政府信息管理、政府信息公开平台维护建设、监督保障等工作。
            """)
        XCTAssertEqual(report["agency"], .text("鄂尔多斯市工业和信息化局"), report.warningList.joined(separator: "\n"))
        XCTAssertEqual(report["year"], .integer(2022))
        XCTAssertEqual(report["published"], .text("2023-01-17"))
        XCTAssertEqual(report["province"], .text("内蒙古自治区"))
    }

    /// https://www.zhanjiang.gov.cn/zjsfw/bmdh/gyxxhj/zwgk/xxgknb/content/post_1720152.html
    func testZhanjiangTitleOpeningAndContactAgree() {
        let report = record("""
            湛江市工业和信息化局2022年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》和省、市相关文件要求,特编制湛江市工业和信息化局2022年政府信息公开工作年度报告。本年报中所列数据的统计期限从2022年1月1日起至2022年12月31日止。如有疑问请与湛江市工业和信息化局办公室联系(地址:赤坎区跃进路67号,邮编:524047,联系电话:0759-3310456)。
            一、总体情况
            2022年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,紧紧围绕市委、市政府重大决策部署和群众关注的焦点、热点问题,坚持以公开为原则,以不公开为例外为要求,主动公开本单位政府信息。
            """)
        XCTAssertEqual(report["agency"], .text("湛江市工业和信息化局"), report.warningList.joined(separator: "\n"))
        XCTAssertEqual(report["year"], .integer(2022))
        XCTAssertEqual(report["city"], .text("湛江市"))
        XCTAssertEqual(report["province"], .text("广东省"))
    }

    /// https://myrballcoach.com/gxt/zwgk/xxgkndbg2ynsgxw/content_32015 (a mirror of 云南省工业和信息化厅's
    /// page): a metadata table whose 发布机构 is empty.
    func testYunnanMetadataTableWithAnEmptyPublisher() {
        let report = record("""
            索引号: | 3070211020000013000000/2024013100000057 | 发布机构: | |
            生效日期: | 2024-01-31 | 废止日期: | |
            文 号: | 主题分类: | 信息公开年度报告 |
            云南省工业和信息化厅2023年度政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)规定,现公布云南省工业和信息化厅2023年政府信息公开工作年度报告。本报告数据统计时间为2023年1月1日—2023年12月31日,在云南省工业和信息化厅网站公开发布。如对本报告有疑问,请与云南省工业和信息化厅政务公开领导小组办公室联系(地址:云南省昆明市永安路37号云南省工业和信息化厅办公室,邮编:650011,联系电话:0871-63516822)。
            一、总体情况
            2023年,云南省工业和信息化厅政府信息公开工作紧紧围绕全省工业和信息化中心工作。
            """)
        XCTAssertEqual(report["agency"], .text("云南省工业和信息化厅"), report.warningList.joined(separator: "\n"))
        XCTAssertEqual(report["year"], .integer(2023))
        XCTAssertEqual(report["province"], .text("云南省"))
        XCTAssertEqual(report["level"], .text("province"))
    }

    /// http://gxj.np.gov.cn/cms/html/npsjxw/2023-02-03/1883904381.html: a cited notice of the superior
    /// (南平市人民政府办公室) before any name, the body calling itself only 本局. Null, never the superior.
    func testNanpingCitesItsSuperiorAndNamesItselfNowhere() {
        let report = record("""
            根据《南平市人民政府办公室关于做好编制2022年政府信息公开工作年度报告有关工作的通知》要求,本报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,因政府信息公开工作被申请行政复议、提起行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项共六个部分组成。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问,请与本局信息公开领导小组办公室联系(地址:武夷新区南林核心区广场东路82号南林商务写字楼2号楼3单元5层;邮编:354200;电话:0599-8846392;传真:0599-8832364;电子邮箱:np8822363@126.com)。
            一、总体情况
            2022年,我局严格按照市委、市政府要求,紧扣全市工业和信息化重点中心工作,认真开展政务公开各项工作。
            """)
        XCTAssertEqual(report["agency"], .null)
        XCTAssertTrue(report.warningList.contains { $0.hasPrefix("agency unknown") && $0.contains("南平市人民政府办公室") },
                      report.warningList.joined(separator: "\n"))
        XCTAssertEqual(report["year"], .integer(2022))
        XCTAssertEqual(report["city"], .text("南平市"), "the area code 0599 places it")
    }
}
