import XCTest
import ReportModel
@testable import ReportIngest

/// Small hand-written tables, one hazard each (format.md §8 and the rules of fields.md).
final class TableExtractionLayoutTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func row(_ r: ReportRecord, _ row: RequestRow) -> [Value] {
        ApplicantColumn.printed.map { r[catalog.requests(row, $0)] }
    }

    private func ints(_ values: Int...) -> [Value] { values.map(Value.integer) }

    private func hasWarning(_ r: ReportRecord, _ parts: String..., file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(r.warningList.contains { w in parts.allSatisfy(w.contains) }, "\(r.warningList)", file: file, line: line)
    }

    private let proactive2021 = """
    二、主动公开政府信息情况
    | 第二十条第（一）项 | | | |
    |---|---|---|---|
    | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
    | 规章 | 1 | 无 | 3 |
    | 行政规范性文件 | 4 |  | 6 |
    | 第二十条第（五）项 | | | |
    | 信息内容 | 本年处理决定数量 | | |
    | 行政许可 | 12 | | |
    | 第二十条第（六）项 | | | |
    | 信息内容 | 本年处理决定数量 | | |
    | 行政处罚 | 0件 | | |
    | 行政强制 | 2 | | |
    | 第二十条第（八）项 | | | |
    | 信息内容 | 本年收费金额（单位：万元） | | |
    | 行政事业性收费 | 0.36 | | |
    """

    /// Markdown pipes; 无 is 0, a blank cell is null, "0件" leaves its row null with a warning.
    func testPipeTableTwoWithBlankWordAndUnreadableCells() {
        let r = TableFixture.record(text: proactive2021)
        XCTAssertEqual(r["proactive.rules.issued"], .integer(1))
        XCTAssertEqual(r["proactive.rules.repealed"], .integer(0))
        XCTAssertEqual(r["proactive.normative.repealed"], .null)
        XCTAssertEqual(r["proactive.normative.valid"], .integer(6))
        XCTAssertEqual(r["proactive.license"], .integer(12))
        XCTAssertEqual(r["proactive.penalty"], .null)
        XCTAssertEqual(r["proactive.coercion"], .integer(2))
        XCTAssertEqual(r["proactive.fees"], .decimal(0.36))
        XCTAssertEqual(r["tables.proactive"], .text("partial"))
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r.source(of: catalog.proactive(.license)), Provenance(line: 9, origin: .table))
        hasWarning(r, "行政处罚", "'0件' is not a number")
        hasWarning(r, "table 二: 1 blank cell read as null")
    }

    /// A row with a cell too few is left null, never shifted.
    func testWrongCellCountLeavesRowNull() {
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 2 0 0 0 0 2
        二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .new), [Value](repeating: .null, count: 7))
        XCTAssertEqual(row(r, .carriedIn), ints(1, 0, 0, 0, 0, 0, 1))
        XCTAssertEqual(r["tables.requests"], .text("partial"))
        hasWarning(r, "一、本年新收政府信息公开申请数量", "6 cells instead of 7")
        XCTAssertEqual(r["check.balance"], .null)
    }

    /// Quotes, stray spaces, full-width digits and parentheses, bookmarks and split labels all name their row.
    func testLabelVariantsInTabRows() {
        let text = """
        三、收到和处理政府信息公开申请情况
        3.危及「三安全一稳定」\t1\t0\t0\t0\t0\t0\t1
        ４．保护第三方合法权益\t2\t0\t0\t0\t0\t0\t2
        [bookmark: _Hlk66974555]6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        5.要求行政机关确认或重新
        出具已获取信息\t0\t1\t0\t0\t0\t0\t1
        \t(七) 总 计\t3\t1\t0\t0\t0\t0\t4
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .deniedSecurity), ints(1, 0, 0, 0, 0, 0, 1))
        XCTAssertEqual(row(r, .deniedThirdParty), ints(2, 0, 0, 0, 0, 0, 2))
        XCTAssertEqual(row(r, .deniedProcess), ints(0, 0, 0, 0, 0, 0, 0))
        XCTAssertEqual(row(r, .notProcessedConfirm), ints(0, 1, 0, 0, 0, 0, 1))
        XCTAssertEqual(row(r, .processed), ints(3, 1, 0, 0, 0, 0, 4))
        XCTAssertEqual(r.source(of: catalog.requests(.notProcessedConfirm, .business))?.line, 6)
        XCTAssertEqual(r["check.rows"], .bool(true))
    }

    /// PDF flow: a label broken over lines, figures on a line of their own, table 四 in three lines of five.
    func testFlowedLabelsAndReviewInChunks() {
        let text = """
        三、收到和处理政府信息公开申请情况
        2.申请人逾期未按收费通知要求缴

        纳费用、行政机关不再处理其政府

        信息公开申请

        0 1 0 0 0 0 1
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 行政诉讼
        结果 维持 结果 纠正 其他 结果 尚未 审结 总计
        1 0 0 0 1
        0 0 0 1 1
        0 0 0 0 0
        五、存在的主要问题及改进情况
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .otherHandlingNoFee), ints(0, 1, 0, 0, 0, 0, 1))
        XCTAssertEqual(r.source(of: catalog.requests(.otherHandlingNoFee, .business))?.line, 8)
        XCTAssertEqual(r["review.upheld"], .integer(1))
        XCTAssertEqual(r["litigation.direct.pending"], .integer(1))
        XCTAssertEqual(r["litigation.pending"], .integer(1))
        XCTAssertEqual(r["tables.review"], .text("text"))
        XCTAssertEqual(r["review.correction_rate"], .decimal(0))
        XCTAssertEqual(r["check.review"], .bool(true))
    }

    /// A PDF page number between a label and its figures, or before table 四's row, is not a row.
    func testPageNumbersAreNotRows() {
        let text = """
        三、收到和处理政府信息公开申请情况
        2.没有现成信息需要另行

        - 7 -

        制作 0 0 1 0 0 0 1
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 行政诉讼
        8
        0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .unavailableNeedsCreation), ints(0, 0, 1, 0, 0, 0, 1))
        let two = TableFixture.record(text: "二、主动公开政府信息情况\n信息内容 本年处理决定数量\n行政许可\n- 3 -\n5")
        XCTAssertEqual(two["proactive.license"], .integer(5))
        XCTAssertEqual(r["tables.review"], .text("text"))
        XCTAssertEqual(r["review.total"], .integer(0))
    }

    /// Fourteen figures where fifteen are printed: the table is there but not one figure is read.
    func testReviewWithMissingFigureIsUnread() {
        let text = """
        四、政府信息公开行政复议、行政诉讼情况
        0 0 0 0 0 0 0 0 0 0 0 0 0 0
        五、存在的主要问题及改进情况
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["tables.review"], .text("unread"))
        XCTAssertEqual(r["review.total"], .null)
        hasWarning(r, "table 四: 14 cells where 15 were expected")
    }

    /// Tab rows with a blank at each end: the other rows show that figures start in column 2.
    func testBlankCellsPlacedByTheTablesColumns() {
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1
        四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .carriedOut), ints(0, 0, 0, 0, 0, 0) + [.null])
        let alone = TableFixture.record(text: "三、收到和处理政府信息公开申请情况\n四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t")
        XCTAssertEqual(row(alone, .carriedOut), [Value](repeating: .null, count: 7))
        hasWarning(alone, "their columns are uncertain")
    }

    /// The 2019 trial template: 新制作 → issued, 对外公开总数量 → valid, 处理决定数量 → license …;
    /// the single （六）其他处理 row is read as other_handling.
    func testTemplate2019() {
        let text = """
        二、主动公开政府信息情况
        第二十条第（一）项
        信息内容 本年新制作数量 本年新公开数量 对外公开总数量
        规章 1 1 5
        规范性文件 2 2 17
        第二十条第（五）项
        信息内容 上一年项目数量 本年增/减 处理决定数量
        行政许可 10 +2 40
        其他对外管理服务事项 3 -1 8
        第二十条第（六）项
        信息内容 上一年项目数量 本年增/减 处理决定数量
        行政处罚 4 0 9
        行政强制 0 0 0
        第二十条第（八）项
        信息内容 上一年项目数量 本年增/减
        行政事业性收费 2 0
        第二十条第（九）项
        信息内容 采购项目数量 采购总金额
        政府集中采购 3 2792220.8元
        三、收到和处理政府信息公开申请情况
        （六）其他处理 1 0 0 0 0 0 1
        （七）总计 1 0 0 0 0 0 1
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["template"], .text("2019"))
        XCTAssertEqual(r["proactive.rules.issued"], .integer(1))
        XCTAssertEqual(r["proactive.rules.repealed"], .null)
        XCTAssertEqual(r["proactive.rules.valid"], .integer(5))
        XCTAssertEqual(r["proactive.normative.valid"], .integer(17))
        XCTAssertEqual(r["proactive.license"], .integer(40))
        XCTAssertEqual(r["proactive.penalty"], .integer(9))
        XCTAssertEqual(r["proactive.coercion"], .integer(0))
        XCTAssertEqual(r["proactive.fees"], .null)
        XCTAssertEqual(r["tables.proactive"], .text("text"))
        XCTAssertEqual(row(r, .otherHandling), ints(1, 0, 0, 0, 0, 0, 1))
        XCTAssertEqual(r.source(of: catalog.requests(.otherHandling, .total))?.origin, .table)
        XCTAssertEqual(row(r, .otherHandlingMisc), [Value](repeating: .null, count: 7))
        hasWarning(r, "table 三 is partial")
    }

    /// Without headings, the cell count of the 许可/处罚/强制 rows shows the template.
    func testTemplateFromCellCountsWhenHeadingsAreMissing() {
        let text = "二、主动公开政府信息情况\n规章\t1\t2\t3\n行政许可\t4\t\t\n"
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r["proactive.rules.repealed"], .integer(2))
        let bare = TableFixture.record(text: "二、主动公开政府信息情况\n规章\t1\t2\t3\n")
        XCTAssertEqual(bare["template"], .null)
        XCTAssertEqual(bare["proactive.rules.issued"], .null)
        hasWarning(bare, "column headings not found")
    }

    /// An image inside a table's section makes it 'image'; a section with nothing is 'absent'.
    func testImageAndAbsent() {
        let text = """
        二、主动公开政府信息情况
        [bookmark: _Hlk1][image: ]
        三、收到和处理政府信息公开申请情况
        四、政府信息公开行政复议、行政诉讼情况
        五、存在的主要问题及改进情况
        [image: 照片]
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["tables.proactive"], .text("image"))
        XCTAssertEqual(r["tables.requests"], .text("absent"))
        XCTAssertEqual(r["tables.review"], .text("absent"))
        hasWarning(r, "table 二 is an image; its figures are null")
        hasWarning(r, "table 三 is absent")
    }

    /// A heading the extraction does not recognise: the caller's sections still place the image.
    func testSectionsHintPlacesImages() {
        let lines = TableFixture.lines("第三部分 依申请情况\n[image: 表3]\n第四部分\n")
        XCTAssertEqual(TableFixture.record(lines)["tables.requests"], .text("absent"))
        var sections = Sections()
        sections[3] = 0..<2
        sections[4] = 2..<3
        XCTAssertEqual(TableFixture.record(lines, sections: sections)["tables.requests"], .text("image"))
    }

    /// A subtotal printed on a group row is not taken for a sub-row; a row printed twice keeps the first.
    func testGroupSubtotalsAndDuplicates() {
        let text = """
        三、收到和处理政府信息公开申请情况
        （三）不予公开 5 0 0 0 0 0 5
        1.属于国家秘密 2 0 0 0 0 0 2
        1.属于国家秘密 9 0 0 0 0 0 9
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .deniedStateSecret), ints(2, 0, 0, 0, 0, 0, 2))
        XCTAssertEqual(r["requests.denied.total"], .null)
        hasWarning(r, "1.属于国家秘密 printed twice")
    }

    /// Column headers ending in 其他 or 总计, then a row of column numbers: not the rows 3.其他 / （七）总计.
    func testColumnNumbersAfterHeadersAreNotRows() {
        let text = """
        三、收到和处理政府信息公开申请情况
        申请人情况
        总计
        其他
        1 2 3 4 5 6 7
        3.其他 0 0 0 0 0 0 0
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(row(r, .otherHandlingMisc), ints(0, 0, 0, 0, 0, 0, 0))
        XCTAssertEqual(row(r, .processed), [Value](repeating: .null, count: 7))
        XCTAssertFalse(r.warningList.contains { $0.contains("printed twice") })
    }

    /// Narrative lines with figures before the tables are not table rows.
    func testNarrativeFiguresAreNotTableCells() {
        let text = """
        一、总体情况
        （一）主动公开政府信息情况。2022 年度我局在济阳区政府
        网站发布主动公开政务信息共 91 条，其中政府信息公开指南 1
        行政许可 5
        二、主动公开政府信息情况
        [image: 表]
        """
        let r = TableFixture.record(text: text)
        XCTAssertEqual(r["proactive.license"], .null)
        XCTAssertEqual(r["tables.proactive"], .text("image"))
    }
}
