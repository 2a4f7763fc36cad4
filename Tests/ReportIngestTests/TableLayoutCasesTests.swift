import XCTest
import ReportModel
@testable import ReportIngest

/// The cases of issue 14, each built from the text of a real report — the bundled 济南市济阳区工信局 2022
/// report (corpus 004) re-laid out as other real files lay out the same table, or the excerpt the issue
/// quotes — with the expected values read off the report by hand: table 三 prints 0 everywhere except
/// 二、上年结转 1 0 0 0 0 0 1, （六）3.其他 1 0 0 0 0 0 1 and （七）总计 1 0 0 0 0 0 1; table 二 prints 无 (0)
/// in every cell; table 四 prints fifteen 0.
final class TableLayoutCasesTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func report004() throws -> [String] { try TableFixture.corpusLines("004").map(\.text) }

    /// The lines of report 004 from its table 三 heading up to (not including) its table 四 heading.
    private func requestsBlock(_ lines: [String]) -> Range<Int> {
        let start = lines.firstIndex { $0.hasPrefix("三、收到和处理政府信息公开申请情况") }!
        let end = lines.firstIndex { $0.hasPrefix("四、政府信息公开行政复议") }!
        return start..<end
    }

    private func expectReport004Requests(_ r: ReportRecord, file: StaticString = #filePath, line: UInt = #line) {
        let one = TableFixture.ints([1, 0, 0, 0, 0, 0, 1])
        for row in RequestRow.printed {
            let expected = [.carriedIn, .otherHandlingMisc, .processed].contains(row) ? one : TableFixture.ints([0, 0, 0, 0, 0, 0, 0])
            XCTAssertEqual(TableFixture.requestRow(r, row), expected, "row \(row.label)", file: file, line: line)
        }
        XCTAssertEqual(r[catalog.requests(.notProcessed, .total)], .integer(0), file: file, line: line)
        XCTAssertEqual(r[catalog.requests(.otherHandling, .total)], .integer(1), file: file, line: line)
        XCTAssertEqual(r["tables.requests"], .text("text"), file: file, line: line)
        XCTAssertEqual(r["check.balance"], .bool(true), file: file, line: line)
    }

    /// As printed (PDF-flowed text), for reference.
    func testReport004AsPrinted() throws {
        expectReport004Requests(TableFixture.record(text: try report004().joined(separator: "\n")))
    }

    /// One cell per line with a blank line between cells (Word/WPS "save as text", copying out of a PDF):
    /// the table is read, not declared absent.
    func testOneCellPerLineWithBlankLines() throws {
        var lines = try report004()
        let block = requestsBlock(lines)
        let cells = lines[block].flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
        lines.replaceSubrange(block, with: cells.flatMap { [$0, ""] })
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        expectReport004Requests(r)
    }

    /// A label wrapped over three lines with its figures on the middle one (a city's PDF):
    /// `5.要求行政机关确认或重新出` / figures / `具已获取信息`.
    func testLabelWrappedAroundItsFigures() throws {
        var lines = try report004()
        let at = lines.firstIndex { $0.hasPrefix("5.要求行政机关确认或重新出具已") }!
        XCTAssertEqual(lines[at + 3], "0 0 0 0 0 0 0")
        lines.replaceSubrange(at...(at + 3), with: ["5.要求行政机关确认或重新出", "0 0 0 0 0 0 0", "具已获取信息"])
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        expectReport004Requests(r)
    }

    /// The misprint of two district governments' reports: `2.其他法律行政止公开`.
    func testMisprintedLabel() throws {
        var lines = try report004()
        let at = lines.firstIndex { $0.hasPrefix("2.其他法律行政法规禁止公开") }!
        lines[at] = lines[at].replacingOccurrences(of: "2.其他法律行政法规禁止公开", with: "2.其他法律行政止公开")
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        expectReport004Requests(r)
        XCTAssertEqual(r[catalog.requests(.denied, .total)], .integer(0))
    }

    /// The table is there but every figure is an OCR slip (O for 0, l for 1): `unread`, not `absent`.
    func testUnreadIsNotAbsent() throws {
        var lines = try report004()
        let block = requestsBlock(lines)
        for i in block where lines[i].hasSuffix(" 0") || lines[i].hasSuffix(" 1") || lines[i].hasPrefix("0 ") {
            lines[i] = lines[i].split(separator: " ", omittingEmptySubsequences: false).map { piece in
                piece == "0" ? "O" : (piece == "1" ? "l" : String(piece))
            }.joined(separator: " ")
        }
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        XCTAssertEqual(r["tables.requests"], .text("unread"))
        XCTAssertTrue(r.warningList.contains { $0.hasPrefix("table 三 is there") }, "\(r.warningList)")
        XCTAssertEqual(r[catalog.requests(.new, .total)], .null)
    }

    /// The heading alone, with no table under it: `absent`.
    func testAbsentIsNoTable() throws {
        var lines = try report004()
        let block = requestsBlock(lines)
        lines.replaceSubrange(block, with: ["三、收到和处理政府信息公开申请情况", "", "本年度未收到政府信息公开申请。", ""])
        let r = TableFixture.record(text: lines.joined(separator: "\n"))
        XCTAssertEqual(r["tables.requests"], .text("absent"))
        XCTAssertEqual(r["tables.proactive"], .text("text"))
    }
}
