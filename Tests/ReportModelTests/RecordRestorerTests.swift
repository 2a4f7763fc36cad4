import XCTest
import ReportModel

final class RecordRestorerTests: XCTestCase {
    let catalog = FieldCatalog.standard

    func testARestoredRecordEqualsTheSameRecordBuiltBySetting() {
        let text = catalog.id("text"), s1 = catalog.id("text.s1"), agency = catalog.id("agency")
        var expected = ReportRecord()
        expected.set(text, .text("一、总体情况\n甲乙"), line: 1, origin: .narrative)
        expected.set(s1, pieceOf: text, utf8: 19..<25, line: 2, origin: .narrative)
        expected.set(catalog.id("year"), .integer(2023), line: 3, origin: .narrative)
        expected.set(catalog.id("proactive.fees"), .decimal(1.5), line: 9, origin: .table)
        expected.set(catalog.id("check.ok"), .bool(true), line: 0, origin: .derived)
        expected.restore(agency.rawValue, .null, Provenance(line: 4, origin: .narrative))
        let restored = ReportRecord { restorer in
            restorer.restore(text.rawValue, .text("一、总体情况\n甲乙"), Provenance(line: 1, origin: .narrative))
            restorer.restorePiece(s1.rawValue, of: text.rawValue, utf8: 19..<25, Provenance(line: 2, origin: .narrative))
            restorer.restore(catalog.id("year").rawValue, .integer(2023), Provenance(line: 3, origin: .narrative))
            restorer.restore(catalog.id("proactive.fees").rawValue, .decimal(1.5), Provenance(line: 9, origin: .table))
            restorer.restore(catalog.id("check.ok").rawValue, .bool(true), Provenance(line: 0, origin: .derived))
            restorer.restore(agency.rawValue, .null, Provenance(line: 4, origin: .narrative))
        }
        XCTAssertEqual(restored, expected)
        XCTAssertEqual(restored["text.s1"], .text("甲乙"))
        XCTAssertEqual(restored.source(of: agency), Provenance(line: 4, origin: .narrative), "a null keeps its provenance")
        XCTAssertEqual(restored["province"], .null)
    }

    func testAnErrorThrownWhileRestoringPropagates() {
        struct Stop: Error {}
        XCTAssertThrowsError(try ReportRecord { (_: inout RecordRestorer) throws(Stop) in throw Stop() }) { error in
            XCTAssertTrue(error is Stop)
        }
    }
}
