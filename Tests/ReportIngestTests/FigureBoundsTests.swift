import ReportModel
import XCTest
@testable import ReportIngest

/// Issue 12 item 9: `99999999999999999999.5` in the fees cell was read as 1e+20 with every check passing.
/// `FigureBounds` is the one rule for what a cell or a figure in words can hold.
final class FigureBoundsTests: XCTestCase {
    func testTheRange() {
        for value in [Value.integer(0), .integer(999_999_999), .decimal(0), .decimal(0.5), .decimal(999_999_999)] {
            XCTAssertTrue(FigureBounds.holds(value), "\(value)")
        }
        for value in [Value.integer(-1), .integer(1_000_000_000), .integer(.max), .decimal(-0.01), .decimal(1e20),
                      .decimal(.nan), .decimal(.infinity), .decimal(999_999_999.5)] {
            XCTAssertFalse(FigureBounds.holds(value), "\(value)")
        }
        XCTAssertTrue(FigureBounds.holds(.null))
        XCTAssertTrue(FigureBounds.holds(.text("x")))
    }

    /// The record's warnings, from its `warnings` field.
    private func warnings(_ record: ReportRecord) -> [String] {
        guard case .text(let text) = record["warnings"] else { return [] }
        return [text]
    }

    private func report004(_ edit: (inout [String]) -> Void) throws -> ReportRecord {
        var lines = try ReaderFixtures.corpusReport(4).components(separatedBy: "\n")
        edit(&lines)
        return ReportParser.parse(text: lines.joined(separator: "\n"), file: "004.txt", id: "004")
    }

    private func replace(_ prefix: String, with line: String, in lines: inout [String]) {
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return XCTFail("no line \(prefix)") }
        lines[index] = line
    }

    func testAnAbsurdFeeIsNullWithAWarning() throws {
        let catalog = FieldCatalog.standard
        let fees = catalog.id("proactive.fees")
        let plain = try report004 { _ in }
        XCTAssertEqual(plain[fees], .decimal(0), "report 004 prints 无 as its fees")
        let absurd = try report004 { replace("行政事业性收费", with: "行政事业性收费 99999999999999999999.5", in: &$0) }
        XCTAssertEqual(absurd[fees], .null)
        XCTAssertTrue(warnings(absurd).contains { $0.contains("is outside what a figure can be (0 … 999,999,999); left null") },
                      "\(warnings(absurd))")
        // A large but possible fee is kept.
        let large = try report004 { replace("行政事业性收费", with: "行政事业性收费 1234567.89", in: &$0) }
        XCTAssertEqual(large[fees], .decimal(1_234_567.89))
    }

    func testACountOfABillionIsNull() throws {
        let catalog = FieldCatalog.standard
        let new = catalog.requests(.new, .total)
        let natural = catalog.requests(.new, .natural)
        let plain = try report004 { _ in }
        XCTAssertEqual(plain[natural], .integer(0))
        let absurd = try report004 {
            replace("一、本年新收政府信息公开申请数量", with: "一、本年新收政府信息公开申请数量 1000000000 0 0 0 0 0 1000000000", in: &$0)
        }
        XCTAssertEqual(absurd[natural], .null, "\(warnings(absurd)) \(String(describing: absurd.source(of: natural)))")
        // The row's total is not read from the table (the narrative may still state it, as 004's does).
        XCTAssertNotEqual(absurd.source(of: new)?.origin, .table)
        XCTAssertNotEqual(absurd[new], .integer(1_000_000_000))
        XCTAssertTrue(warnings(absurd).contains { $0.contains("'1000000000' is outside what a figure can be") }, "\(warnings(absurd))")
        let large = try report004 {
            replace("一、本年新收政府信息公开申请数量", with: "一、本年新收政府信息公开申请数量 999999999 0 0 0 0 0 999999999", in: &$0)
        }
        XCTAssertEqual(large[natural], .integer(999_999_999))
    }

    func testAnAbsurdFigureInWordsIsNull() throws {
        let text = try ReaderFixtures.corpusReport(0).replacingOccurrences(
            of: "无收取信息处理费情况", with: "收取信息处理费99999999999999元")
        let record = ReportParser.parse(text: text, file: "000.txt", id: "000")
        XCTAssertEqual(record["processing_fee"], .null)
        XCTAssertTrue(warnings(record).contains { $0.contains("processing_fee (line 33): '99999999999999' is outside") }, "\(warnings(record))")
    }
}
