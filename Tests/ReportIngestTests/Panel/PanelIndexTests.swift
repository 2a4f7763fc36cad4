import XCTest
import ReportModel
@testable import ReportIngest

/// `PanelIndex` (bodies as dictionary codes, `AgencyCodes`) against a direct search written here: for
/// every report, the reports with the same name (compared as strings) and the year before, by a scan
/// of the whole list. Names share prefixes and lengths, some body-years are claimed twice, some reports
/// have no name or year, in a random order.
final class PanelIndexTests: XCTestCase {
    private let catalog = FieldCatalog.standard

    func testPreviousIsTheOnlyReportOfTheSameBodyForTheYearBefore() {
        var rng = SystemRandomNumberGenerator()
        let names = ["甲局", "甲局办", "乙县甲局", "甲", "", "Ａ局", "a局", "甲局 "] + (0..<40).map { "第\($0)局" }
        var rows: [(name: String?, year: Int?)] = []
        for _ in 0..<300 {
            rows.append((Int.random(in: 0..<20, using: &rng) == 0 ? nil : names.randomElement(using: &rng)!,
                         Int.random(in: 0..<20, using: &rng) == 0 ? nil : Int.random(in: 2015...2024, using: &rng)))
        }
        let records = rows.map { row -> ReportRecord in
            var record = ReportRecord()
            if let name = row.name { record.set(catalog.id("agency"), .text(name), line: 1, origin: .narrative) }
            if let year = row.year { record.set(catalog.id("year"), .integer(year), line: 1, origin: .narrative) }
            return record
        }
        let index = PanelIndex(records, agency: catalog.id("agency"), year: catalog.id("year"))
        func claims(_ name: String, _ year: Int) -> [Int] {
            rows.indices.filter { rows[$0].name == name && rows[$0].year == year }
        }
        var found = 0
        for i in rows.indices {
            var expected: Int?
            if let name = rows[i].name, let year = rows[i].year, claims(name, year).count == 1 {
                let before = claims(name, year - 1)
                expected = before.count == 1 ? before[0] : nil
            }
            XCTAssertEqual(index.previous(of: i), expected, "report \(i): \(rows[i])")
            if expected != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 20, "some reports have a year before")
        XCTAssertFalse(index.ambiguous.isEmpty, "some body-years are claimed twice")
        for (key, indices) in index.ambiguous {
            let name = index.names.name(key.body)
            XCTAssertEqual(indices, claims(name, key.year))
            XCTAssertGreaterThan(indices.count, 1)
        }
    }

    func testSameBytesSameCode() {
        var codes = AgencyCodes(capacity: 4)
        let names = ["甲局", "甲局办", "", "甲局", "乙", "", "甲局办"]
        let got = names.map { codes.code(of: $0) }
        XCTAssertEqual(got, [0, 1, 2, 0, 3, 2, 1])
        XCTAssertEqual((0..<4).map { codes.name(Int32($0)) }, ["甲局", "甲局办", "", "乙"])
    }
}
