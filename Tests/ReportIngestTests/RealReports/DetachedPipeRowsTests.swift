import XCTest
import ReportModel
@testable import ReportIngest

/// Table 三 of a real PDF converted to Markdown (real report 05, 上海市科学技术委员会 2024, Fixtures/real/):
/// pipe rows come apart from their labels — several labels are printed in a pile, then bare rows of
/// figures. The expected values are read off the report by hand (and agree with its sums: 一 + 二 =
/// 32 + 2 = （七）总计 33 + 四 1 in 自然人; （七）总计 35 = 9 + 2 + 10 + 0 + 14).
final class DetachedPipeRowsTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func report05() throws -> ReportRecord {
        let fixture = try XCTUnwrap(try RealReportSet.fixtures().first { $0.name == "05_shanghai_stcsm_2024" })
        return try RealReportSet.record(fixture)
    }

    private func cells(_ r: ReportRecord, _ row: RequestRow) -> [Value] { TableFixture.requestRow(r, row) }

    /// `5.属于三类内部事务信息` and `1.本机关不掌握相关政府信息` are printed one after the other, then one bare row
    /// `| 1 | 0 | 0 | 0 | 0 | 0 | 1 |` (5's: 不掌握 is 4, printed lower down, after 8.属于行政查询事项's row).
    /// One row of figures after two labels says neither whose it is (the row-by-row reading skips it, with
    /// a warning); the rows of figures in the template's order do: the bare row between 4.保护第三方合法权益's
    /// and 6.属于四类过程性信息's is 5's, the one after 8.'s is 不掌握's — never 不掌握 = 1.
    func testOneRowOfFiguresAfterTwoLabelsIsPlacedByTheOrderOfTheRows() throws {
        let r = try report05()
        XCTAssertEqual(cells(r, .deniedInternal), TableFixture.ints([1, 0, 0, 0, 0, 0, 1]))
        XCTAssertEqual(cells(r, .unavailableNotHeld), TableFixture.ints([4, 0, 0, 0, 0, 0, 4]))
        let warnings = r["warnings"].textValue ?? ""
        XCTAssertTrue(warnings.contains("follow the labels of two rows, 5.属于三类内部事务信息 and 1.本机关不掌握相关政府信息"), warnings)
    }

    /// `3.补正后申请内容仍不明确`'s label, put together from pieces, is followed by 2.没有现成信息's figures 6 … 6:
    /// the row-by-row reading takes those; the sequence reading (two labels, two rows) and the order of the
    /// rows both read 0 … 0, which are taken. `2.申请人逾期未按收费…`'s figures follow a stray `1`: the row is
    /// 0 … 0 (the report's （六） adds up: 10 + 0 + 4 = 14).
    func testARowReadFromPiecesGivesWayToTwoReadingsThatAgree() throws {
        let r = try report05()
        XCTAssertEqual(cells(r, .unavailableUnclear), TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(cells(r, .otherHandlingNoFee), TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(r[catalog.requests(.otherHandling, .total)], .integer(14))
    }

    /// `2.没有现成信息需要另行制作` and `3.补正后申请内容仍不明确`, then two bare rows 6 … 6 and 0 … 0: as many rows
    /// as labels, taken in order — 另行制作 is 6, never 仍不明确 (which the row by row reading took as 6).
    func testAsManyRowsAsLabelsAreTakenInOrder() throws {
        let r = try report05()
        XCTAssertEqual(cells(r, .unavailableNeedsCreation), TableFixture.ints([6, 0, 0, 0, 0, 0, 6]))
        XCTAssertNotEqual(cells(r, .unavailableUnclear), TableFixture.ints([6, 0, 0, 0, 0, 0, 6]))
        // （五）4, 5 and （六）1 printed as three labels, then three bare rows: 0 …, 0 …, 8 2 0 0 0 0 10.
        XCTAssertEqual(cells(r, .notProcessedExcessive), TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(cells(r, .notProcessedConfirm), TableFixture.ints([0, 0, 0, 0, 0, 0, 0]))
        XCTAssertEqual(cells(r, .otherHandlingNoCorrection), TableFixture.ints([8, 2, 0, 0, 0, 0, 10]))
    }

    /// Issue 14's pipe-table case: `other_handling.total` came out 4 where the report's （六）其他处理 adds up
    /// to 10 + 0 + 4 = 14 — the figures of `3.其他` taken for the group's total. The group is 14 or null
    /// (here null: 2.逾期未缴费's figures have a stray `1` before them), 3.其他 is 4.
    func testTheGroupIsNeverItsLastItem() throws {
        let r = try report05()
        XCTAssertEqual(cells(r, .otherHandlingMisc), TableFixture.ints([4, 0, 0, 0, 0, 0, 4]))
        let group = r[catalog.requests(.otherHandling, .total)]
        XCTAssertTrue(group.isNull || group == .integer(14), "other_handling.total is \(group)")
    }

    /// The rule alone: a label made of pieces that hold two rows' labels names no row for its figures.
    func testEarlierRowInALabelOfPieces() {
        let both = LabelText.folded("5.属于三类内部事务信息1.本机关不掌握相关政府信息")
        XCTAssertEqual(TableRowKeys.requests.match(both), .unavailableNotHeld)
        XCTAssertEqual(TableRowKeys.requests.earlierRow(both, where: { !$0.isDerived }), .deniedInternal)
        // A group label before the row, or the row's own words twice, are no other row.
        let grouped = LabelText.folded("（四）无法提供1.本机关不掌握相关政府信息")
        XCTAssertNil(TableRowKeys.requests.earlierRow(grouped, where: { $0 != .unavailableNotHeld && !$0.isDerived }))
        let security = LabelText.folded("3.危及“三安全一稳定”")
        XCTAssertNil(TableRowKeys.requests.earlierRow(security, where: { $0 != .deniedSecurity && !$0.isDerived }))
    }
}
