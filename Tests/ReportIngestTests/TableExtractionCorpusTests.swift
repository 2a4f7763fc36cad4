import XCTest
import ReportModel
@testable import ReportIngest

/// The five real reports of ../../corpus/, one per layout hazard (format.md §8).
final class TableExtractionCorpusTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func record(_ prefix: String, sections: Sections = Sections()) throws -> ReportRecord {
        TableFixture.record(try TableFixture.corpusLines(prefix), sections: sections)
    }

    private func values(_ record: ReportRecord, _ row: RequestRow) -> [Value] {
        ApplicantColumn.printed.map { record[catalog.requests(row, $0)] }
    }

    private func reviewValues(_ record: ReportRecord) -> [Value] {
        ReviewBlock.printed.flatMap { block in ReviewOutcome.allCases.map { record[catalog.review(block, $0)] } }
    }

    private func proactiveValues(_ record: ReportRecord) -> [Value] {
        ProactiveItem.allCases.map { record[catalog.proactive($0)] }
    }

    private func ints(_ values: Int...) -> [Value] { values.map(Value.integer) }
    private let nulls7 = [Value](repeating: .null, count: 7)
    private let zeros7 = [Value](repeating: .integer(0), count: 7)

    private func assertChecks(_ record: ReportRecord, _ expected: Value, file: StaticString = #filePath, line: UInt = #line) {
        for name in ["check.balance", "check.rows", "check.processed", "check.review", "check.ok"] {
            XCTAssertEqual(record[name], expected, name, file: file, line: line)
        }
    }

    /// 001: tab rows; table 二 lacks 行政强制 and 第（八）项; table 三 prints only （七）总计 and 四、结转
    /// (with an extra leading empty cell and ASCII parentheses); table 四 is one row of 15.
    func testReport001TabRowsWithPartialTables() throws {
        let r = try record("001")
        XCTAssertEqual(proactiveValues(r), ints(0, 0, 0, 7, 0, 9, 0, 0) + [.null, .null])
        XCTAssertEqual(r["tables.proactive"], .text("partial"))
        XCTAssertTrue(r.warningList.contains { $0.contains("table 二 is partial") && $0.contains("行政强制")
            && $0.contains("行政事业性收费") }, "\(r.warningList)")
        XCTAssertEqual(values(r, .processed), zeros7)
        XCTAssertEqual(values(r, .carriedOut), zeros7)
        for row in RequestRow.printed where row != .processed && row != .carriedOut {
            XCTAssertEqual(values(r, row), nulls7, row.name)
        }
        XCTAssertEqual(r["tables.requests"], .text("partial"))
        XCTAssertEqual(reviewValues(r), [Value](repeating: .integer(0), count: 15))
        XCTAssertEqual(r["tables.review"], .text("text"))
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r["check.rows"], .bool(true))
        XCTAssertEqual(r["check.balance"], .null)
        XCTAssertEqual(r["check.processed"], .null)
        XCTAssertEqual(r["check.review"], .bool(true))
        XCTAssertEqual(r["check.ok"], .bool(true))
        XCTAssertEqual(r.source(of: catalog.proactive(.normativeValid)), Provenance(line: 67, origin: .table))
        XCTAssertEqual(r.source(of: catalog.requests(.processed, .natural)), Provenance(line: 75, origin: .table))
        XCTAssertEqual(r.source(of: catalog.review(.litigationAfterReview, .total)), Provenance(line: 83, origin: .table))
    }

    /// 003: one cell per line, bookmarks in labels, "　0", a label split over two lines.
    func testReport003CellPerLine() throws {
        let r = try record("003")
        XCTAssertEqual(proactiveValues(r), ints(0, 0, 0, 0, 0, 0, 0, 0, 0) + [.decimal(0)])
        for row in RequestRow.printed { XCTAssertEqual(values(r, row), zeros7, row.name) }
        XCTAssertEqual(reviewValues(r), [Value](repeating: .integer(0), count: 15))
        for table in ["tables.proactive", "tables.requests", "tables.review"] { XCTAssertEqual(r[table], .text("text")) }
        XCTAssertEqual(r["template"], .text("2021"))
        assertChecks(r, .bool(true))
        XCTAssertEqual(r.warningList, [])
        let lines: [(FieldID, Int)] = [
            (catalog.requests(.new, .natural), 86),
            (catalog.requests(.new, .total), 92),
            (catalog.requests(.notProcessedConfirm, .natural), 292),
            (catalog.requests(.carriedOut, .total), 350),
            (catalog.proactive(.rulesIssued), 29),
            (catalog.proactive(.fees), 63),
            (catalog.review(.review, .upheld), 381),
            (catalog.review(.litigationAfterReview, .total), 395),
        ]
        for (id, line) in lines {
            XCTAssertEqual(r.source(of: id), Provenance(line: line, origin: .table), catalog[id].name)
        }
    }

    /// 004: PDF-flowed rows, 无 for 0, labels broken across lines, 三、本年度办理结果 broken into the rows,
    /// table 四 as a run of 15 numbers.
    func testReport004PdfFlowed() throws {
        let r = try record("004")
        XCTAssertEqual(proactiveValues(r), ints(0, 0, 0, 0, 0, 0, 0, 0, 0) + [.decimal(0)])
        let ones = ints(1, 0, 0, 0, 0, 0, 1)
        XCTAssertEqual(values(r, .carriedIn), ones)
        XCTAssertEqual(values(r, .otherHandlingMisc), ones)
        XCTAssertEqual(values(r, .processed), ones)
        for row in RequestRow.printed where ![.carriedIn, .otherHandlingMisc, .processed].contains(row) {
            XCTAssertEqual(values(r, row), zeros7, row.name)
        }
        XCTAssertEqual(reviewValues(r), [Value](repeating: .integer(0), count: 15))
        assertChecks(r, .bool(true))
        XCTAssertEqual(r["rate.granted"], .decimal(0))
        XCTAssertEqual(r["requests.received"], .integer(1))
        XCTAssertEqual(r["requests.other_handling"], .integer(1))
        XCTAssertEqual(r["template"], .text("2021"))
        XCTAssertEqual(r.warningList, [])
        XCTAssertEqual(r.source(of: catalog.requests(.partial, .natural))?.line, 171)
        XCTAssertEqual(r.source(of: catalog.requests(.notProcessedConfirm, .total))?.line, 219)
        XCTAssertEqual(r.source(of: catalog.requests(.otherHandlingNoCorrection, .natural))?.line, 231)
        XCTAssertEqual(r.source(of: catalog.proactive(.fees))?.line, 123)
        XCTAssertEqual(r.source(of: catalog.requests(.otherHandling, .total)), Provenance(line: 0, origin: .derived))
    }

    /// 000: section 二 is empty, table 三 is an image on its heading line, section 四 has nothing.
    func testReport000ImagesAndAbsentTables() throws {
        let r = try record("000")
        assertNoTableFigures(r, statuses: ["absent", "image", "absent"])
        XCTAssertEqual(r["template"], .null)
        XCTAssertTrue(r.warningList.contains("table 三 is an image; its figures are null"))
    }

    /// 002: tables 二 and 三 pasted as images after bookmarks; section 四 holds no table.
    func testReport002Images() throws {
        let r = try record("002")
        assertNoTableFigures(r, statuses: ["image", "image", "absent"])
        XCTAssertEqual(r.source(of: catalog.id("tables.requests"))?.line, 18)
    }

    /// Sections located by the caller give the same result as none (they are only a hint).
    func testSectionsHintGivesSameResult() throws {
        let lines = try TableFixture.corpusLines("002")
        var sections = Sections()
        let starts = [3, 14, 16, 18, 19, 25] // 0-based indices of the six headings of report 002
        for (n, start) in starts.enumerated() {
            sections[n + 1] = start..<(n + 1 < starts.count ? starts[n + 1] : lines.count)
        }
        let hinted = TableFixture.record(lines, sections: sections)
        let plain = TableFixture.record(lines)
        for table in ["tables.proactive", "tables.requests", "tables.review"] {
            XCTAssertEqual(hinted[table], plain[table], table)
        }
    }

    /// tables.proactive / requests / review as given, every figure, derived value and check null.
    private func assertNoTableFigures(
        _ r: ReportRecord, statuses: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let tables = ["tables.proactive", "tables.requests", "tables.review"]
        XCTAssertEqual(tables.map { r[$0] }, statuses.map(Value.text), file: file, line: line)
        for field in catalog.fields where [.proactive, .requests, .review, .derived].contains(field.group) {
            XCTAssertEqual(r[field.id], .null, field.name, file: file, line: line)
        }
        assertChecks(r, .null, file: file, line: line)
    }
}
