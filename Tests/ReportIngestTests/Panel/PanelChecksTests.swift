import XCTest
import ReportModel
@testable import ReportIngest

/// The checks across years on hand-built records: every expected value is worked out by hand from the
/// figures set here (the rules: PanelChecks, Timeliness, PublicationDeadline).
final class PanelChecksTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    private func report(_ id: String, agency: String?, year: Int?, carriedIn: Int? = nil, carriedOut: Int? = nil,
                        new: Int? = nil, published: String? = nil, level: String? = nil) -> ReportRecord {
        var record = ReportRecord()
        record.set(catalog.id("id"), .text(id), line: 0, origin: .derived)
        record.set(catalog.id("file"), .text(id + ".txt"), line: 0, origin: .derived)
        if let agency { record.set(catalog.id("agency"), .text(agency), line: 1, origin: .narrative) }
        if let year { record.set(catalog.id("year"), .integer(year), line: 2, origin: .narrative) }
        if let carriedIn { record.set(catalog.requests(.carriedIn, .total), .integer(carriedIn), line: 30, origin: .table) }
        if let carriedOut { record.set(catalog.requests(.carriedOut, .total), .integer(carriedOut), line: 40, origin: .table) }
        if let new { record.set(catalog.requests(.new, .total), .integer(new), line: 20, origin: .table) }
        if let published { record.set(catalog.id("published"), .text(published), line: 50, origin: .narrative) }
        if let level { record.set(catalog.id("level"), .text(level), line: 0, origin: .derived) }
        return record
    }

    private func checked(_ records: [ReportRecord]) -> [String: ReportRecord] {
        var records = records
        // As the parser does, then the loader.
        for i in records.indices {
            Timeliness.apply(to: &records[i])
            records[i].finalizeWarnings()
        }
        PanelChecks.apply(to: &records)
        return Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
    }

    func testCarryoverComparesWithTheSameBodysYearBefore() {
        let a = "甲市财政局"
        let r = checked([
            report("a2020", agency: a, year: 2020, carriedOut: 5),
            report("a2021", agency: a, year: 2021, carriedIn: 5, carriedOut: 2),
            // 2022 missing: 2023 has nothing to compare with.
            report("a2023", agency: a, year: 2023, carriedIn: 2, carriedOut: nil),
            // 2023 states no carried-out figure: undecided.
            report("a2024", agency: a, year: 2024, carriedIn: 4),
            report("b2021", agency: "乙县审计局", year: 2021, carriedOut: 3),
            report("b2022", agency: "乙县审计局", year: 2022, carriedIn: 1),
        ])
        XCTAssertEqual(r["a2020"]!["check.carryover"], .null)
        XCTAssertEqual(r["a2020"]!["panel.prev"], .null)
        XCTAssertEqual(r["a2021"]!["check.carryover"], .bool(true))
        XCTAssertEqual(r["a2021"]!["panel.prev"], .text("a2020"))
        XCTAssertEqual(r["a2023"]!["check.carryover"], .null)
        XCTAssertEqual(r["a2023"]!["panel.prev"], .null)
        XCTAssertEqual(r["a2024"]!["check.carryover"], .null)
        XCTAssertEqual(r["a2024"]!["panel.prev"], .text("a2023"))
        XCTAssertEqual(r["b2022"]!["check.carryover"], .bool(false))
        XCTAssertEqual(r["b2022"]!.source(of: catalog.id("check.carryover"))?.line, 30)
        let warnings = r["b2022"]!["warnings"].textValue ?? ""
        XCTAssertTrue(warnings.contains("check.carryover: 上年结转 1 here, but b2021 (b2021.txt) gives 结转下年度继续办理 3"), warnings)
        XCTAssertEqual(r["a2021"]!["warnings"], .null)
    }

    func testJumpNeedsTenInBothYearsAndMoreThanFivefold() {
        let r = checked([
            report("a1", agency: "甲局", year: 2021, new: 12),
            report("a2", agency: "甲局", year: 2022, new: 61),   // 61 > 5 × 12 = 60
            report("a3", agency: "甲局", year: 2023, new: 12),   // 61 > 5 × 12 the other way
            report("a4", agency: "甲局", year: 2024, new: 60),   // 60 = 5 × 12: not more than fivefold
            report("a5", agency: "甲局", year: 2025, new: 9),    // under 10: undecided
            report("a6", agency: "甲局", year: 2026),            // not stated: undecided
        ])
        XCTAssertEqual(r["a1"]!["check.jump"], .null)
        XCTAssertEqual(r["a2"]!["check.jump"], .bool(true))
        XCTAssertEqual(r["a3"]!["check.jump"], .bool(true))
        XCTAssertEqual(r["a4"]!["check.jump"], .bool(false))
        XCTAssertEqual(r["a5"]!["check.jump"], .null)
        XCTAssertEqual(r["a6"]!["check.jump"], .null)
        XCTAssertTrue((r["a2"]!["warnings"].textValue ?? "").contains("本年新收 61 here against 12 in a1"))
    }

    func testTwoReportsForOneBodyAndYearAreNotCompared() {
        let r = checked([
            report("x", agency: "丙区民政局", year: 2021, carriedOut: 1, new: 10),
            report("y", agency: "丙区民政局", year: 2021, carriedOut: 1, new: 10),
            report("z", agency: "丙区民政局", year: 2022, carriedIn: 1, new: 10),
            report("n", agency: nil, year: 2022, carriedIn: 1, new: 10),
        ])
        for id in ["x", "y"] {
            XCTAssertEqual(r[id]!["check.carryover"], .null)
            XCTAssertTrue((r[id]!["warnings"].textValue ?? "").contains("panel: 2 reports for 丙区民政局 2021 (x, y)"))
        }
        XCTAssertEqual(r["z"]!["panel.prev"], .null, "the year before is ambiguous: never pick one")
        XCTAssertEqual(r["z"]!["check.carryover"], .null)
        XCTAssertEqual(r["n"]!["panel.prev"], .null)
    }

    func testTimelinessByKindOfBody() {
        let r = checked([
            report("gov-on-time", agency: "丁县人民政府", year: 2023, published: "2024-03-31", level: "county"),
            report("gov-late", agency: "丁县人民政府", year: 2022, published: "2023-04-01", level: "county"),
            report("dept-late", agency: "丁县财政局", year: 2022, published: "2023-02-01", level: "county"),
            // 2024 is a leap year: 31 January to 1 March is 30 days.
            report("dept-leap", agency: "丁县教育局", year: 2023, published: "2024-03-01", level: "county"),
            report("dept-early", agency: "丁县教育局", year: 2022, published: "2023-01-05", level: "county"),
            report("town", agency: "戊镇人民政府", year: 2023, published: "2024-03-01", level: "township"),
            report("zone", agency: "己市高新区管委会", year: 2023, published: "2024-03-01", level: "city"),
            report("no-date", agency: "丁县财政局", year: 2023, level: "county"),
            report("bad-date", agency: "丁县审计局", year: 2023, published: "2024-02-30", level: "county"),
        ])
        XCTAssertEqual(r["gov-on-time"]!["check.timely"], .bool(true))
        XCTAssertEqual(r["gov-on-time"]!["days_late"], .integer(0))
        XCTAssertEqual(r["gov-late"]!["check.timely"], .bool(false))
        XCTAssertEqual(r["gov-late"]!["days_late"], .integer(1))
        XCTAssertEqual(r["dept-late"]!["days_late"], .integer(1))
        XCTAssertEqual(r["dept-leap"]!["days_late"], .integer(30))
        XCTAssertEqual(r["dept-early"]!["check.timely"], .bool(true))
        XCTAssertEqual(r["dept-early"]!["days_late"], .integer(0))
        for id in ["town", "zone", "no-date", "bad-date"] {
            XCTAssertEqual(r[id]!["check.timely"], .null, id)
            XCTAssertEqual(r[id]!["days_late"], .null, id)
        }
        XCTAssertEqual(r["gov-late"]!.source(of: catalog.id("check.timely"))?.line, 50)
        XCTAssertTrue((r["gov-late"]!["warnings"].textValue ?? "")
            .contains("check.timely: published 2023-04-01, 1 days after 2023-03-31, the deadline for a people's government"))
    }

    func testDayNumbersAgainstKnownDates() {
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).dayNumber, 0)
        XCTAssertEqual(CalendarDate(year: 2000, month: 3, day: 1).dayNumber, 11_017)
        XCTAssertEqual(CalendarDate(year: 2024, month: 1, day: 31).dayNumber, 19_753)
        XCTAssertNil(CalendarDate(iso: "2023-02-29"))
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNil(CalendarDate(iso: "2024-1-31"))
    }
}
