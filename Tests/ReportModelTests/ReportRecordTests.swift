import XCTest
@testable import ReportModel

final class ReportRecordTests: XCTestCase {
    let catalog = FieldCatalog.standard

    func testEveryKindReadsBackWithItsProvenance() {
        var record = ReportRecord()
        record.set(catalog.id("year"), .integer(-2022), line: 7, origin: .narrative)
        record.set(catalog.id("requests.new.total"), .integer(Int.max), line: 12, origin: .table)
        record.set(catalog.id("proactive.fees"), .decimal(12.25), line: 20, origin: .table)
        record.set(catalog.id("check.ok"), .bool(false), line: 0, origin: .derived)
        record.set(catalog.id("agency"), .text("济南市济阳区工业和信息化局"), line: 3, origin: .narrative)
        XCTAssertEqual(record["year"], .integer(-2022))
        XCTAssertEqual(record["requests.new.total"], .integer(Int.max))
        XCTAssertEqual(record["proactive.fees"], .decimal(12.25))
        XCTAssertEqual(record["check.ok"], .bool(false))
        XCTAssertEqual(record["agency"], .text("济南市济阳区工业和信息化局"))
        XCTAssertEqual(record["province"], .null, "never set: null")
        XCTAssertEqual(record.source(of: catalog.id("year")), Provenance(line: 7, origin: .narrative))
        XCTAssertEqual(record.source(of: catalog.id("check.ok")), Provenance(line: 0, origin: .derived))
        XCTAssertNil(record.source(of: catalog.id("province")))
    }

    func testTypedReadsDoNotConvertExceptIntegersToNumbers() {
        var record = ReportRecord()
        record.set(catalog.id("year"), .integer(2022), line: 1, origin: .table)
        record.set(catalog.id("proactive.fees"), .decimal(0.5), line: 1, origin: .table)
        let year = catalog.id("year").rawValue, fees = catalog.id("proactive.fees").rawValue
        XCTAssertEqual(record.integer(year), 2022)
        XCTAssertEqual(record.number(year), 2022)
        XCTAssertNil(record.integer(fees))
        XCTAssertEqual(record.number(fees), 0.5)
        XCTAssertNil(record.bool(year))
        XCTAssertNil(record.text(year))
    }

    func testSettingAgainReplacesTheValueAndNullClearsTheProvenance() {
        var record = ReportRecord()
        let agency = catalog.id("agency")
        record.set(agency, .text("甲"), line: 2, origin: .narrative)
        record.set(agency, .text("乙"), line: 4, origin: .narrative)
        XCTAssertEqual(record[agency], .text("乙"))
        record.set(agency, .integer(1), line: 5, origin: .table)
        XCTAssertEqual(record[agency], .integer(1))
        record.set(agency, .null, line: 6, origin: .table)
        XCTAssertEqual(record[agency], .null)
        XCTAssertNil(record.source(of: agency))
    }

    func testAPieceReadsAsThoseBytesOfItsSourceText() {
        var record = ReportRecord()
        let text = "一、总体情况\n主动公开政府信息240条。\n二、主动公开"
        let start = "一、总体情况\n".utf8.count
        let end = start + "主动公开政府信息240条。".utf8.count
        record.set(catalog.id("text"), .text(text), line: 1, origin: .narrative)
        record.set(catalog.id("text.s1"), pieceOf: catalog.id("text"), utf8: start..<end, line: 2, origin: .narrative)
        XCTAssertEqual(record["text.s1"], .text("主动公开政府信息240条。"))
        XCTAssertEqual(record.text(catalog.id("text.s1").rawValue), "主动公开政府信息240条。")
        XCTAssertEqual(record.piece(catalog.id("text.s1"))?.utf8, start..<end)
        XCTAssertEqual(record.source(of: catalog.id("text.s1")), Provenance(line: 2, origin: .narrative))
        XCTAssertNil(record.piece(catalog.id("text")))
        record.set(catalog.id("text.s1"), .text("另"), line: 3, origin: .narrative)
        XCTAssertNil(record.piece(catalog.id("text.s1")), "a whole text replaces the piece")
        XCTAssertEqual(record["text.s1"], .text("另"))
    }

    func testAPieceOutsideItsSourceReadsAsNullNotAsOtherText() {
        var record = ReportRecord()
        record.set(catalog.id("text.s2"), pieceOf: catalog.id("text"), utf8: 0..<3, line: 1, origin: .narrative)
        XCTAssertEqual(record["text.s2"], .null, "no source text")
        record.set(catalog.id("text"), .text("短"), line: 1, origin: .narrative)
        record.set(catalog.id("text.s2"), pieceOf: catalog.id("text"), utf8: 0..<9, line: 1, origin: .narrative)
        XCTAssertEqual(record["text.s2"], .null, "past the end of the source")
    }

    func testRecordsCompareByContentWhetherATextIsAPieceOrWhole() {
        var a = ReportRecord(), b = ReportRecord()
        a.set(catalog.id("text"), .text("甲乙"), line: 1, origin: .narrative)
        b.set(catalog.id("text"), .text("甲乙"), line: 1, origin: .narrative)
        a.set(catalog.id("text.s1"), pieceOf: catalog.id("text"), utf8: 3..<6, line: 1, origin: .narrative)
        b.set(catalog.id("text.s1"), .text("乙"), line: 1, origin: .narrative)
        XCTAssertEqual(a, b)
        b.warn("x")
        XCTAssertNotEqual(a, b)
    }

    func testIntegersPastThirtyTwoBitsAndDecimalsKeepEveryBit() {
        var record = ReportRecord()
        let field = catalog.id("requests.new.total"), fees = catalog.id("proactive.fees")
        for value in [Int(Int32.max), Int(Int32.min), Int(Int32.max) + 1, Int(Int32.min) - 1, Int.max, Int.min, 0, -1] {
            record.set(field, .integer(value), line: 5, origin: .table)
            XCTAssertEqual(record[field], .integer(value))
            XCTAssertEqual(record.integer(field.rawValue), value)
            XCTAssertEqual(record.number(field.rawValue), Double(value))
        }
        record.set(fees, .decimal(0.1), line: 6, origin: .table)
        record.set(fees, .integer(1 << 40), line: 6, origin: .table)
        XCTAssertEqual(record[fees], .integer(1 << 40))
        record.set(fees, .decimal(-2.5), line: 6, origin: .table)
        XCTAssertEqual(record[fees], .decimal(-2.5))
        XCTAssertEqual(record[field], .integer(-1), "the other wide slot is untouched")
    }
}
