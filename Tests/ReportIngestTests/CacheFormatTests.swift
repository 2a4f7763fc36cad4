import Foundation
import XCTest
import ReportModel
@testable import ReportIngest

/// The pieces of the cache file: the hash, the record encoding, the byte primitives.
final class CacheFormatTests: XCTestCase {
    /// Reference values of libxxhash's XXH64 (0.8.1).
    func testXXHash64MatchesTheReferenceImplementation() {
        let cases: [(String, UInt64, UInt64)] = [
            ("", 0xEF46_DB37_51D8_E999, 0x98B1_582B_0977_E704),
            ("a", 0xD24E_C4F1_A98C_6E5B, 0x88E4_FE59_ADF7_B0CC),
            ("abc", 0x44BC_2CF5_AD77_0999, 0x13C1_D910_7027_70E6),
            ("0123456789abcdef0123456789abcdef!", 0x8AFF_F4DA_AC4E_677E, 0xAC06_BF33_3255_5B6F),
            (String(repeating: "政府信息公开工作年度报告", count: 3), 0x87C1_0BDA_9B3F_1C74, 0x9570_3E1F_482C_275D),
        ]
        for (text, unseeded, seeded) in cases {
            XCTAssertEqual(XXHash64.hash(Array(text.utf8)), unseeded, text)
            XCTAssertEqual(XXHash64.hash(Array(text.utf8), seed: 42), seeded, text)
        }
    }

    func testRecordsRoundTripWithSectionsStoredAsRangesOfTheText() throws {
        let record = try TextFixtures.record("001")
        var writer = ByteWriter()
        var textWriter = ByteWriter()
        RecordEncoder.encode(.record(record), into: &writer, text: &textWriter)
        let text = try XCTUnwrap(record["text"].textValue)
        XCTAssertEqual(textWriter.bytes, Array(text.utf8), "the report's text is written apart")
        XCTAssertLessThan(writer.bytes.count, record.fieldCount * 9 + 4_096, "the sections are not stored as texts")
        let decoded = try writer.bytes.withUnsafeBytes { entry in
            try textWriter.bytes.withUnsafeBytes { try RecordDecoder.decode(entry, text: .bytes($0)) }
        }
        guard case .record(let back) = decoded else { return XCTFail("not a record") }
        XCTAssertEqual(back.values, record.values)
        XCTAssertEqual(back.provenance, record.provenance)
        XCTAssertEqual(back.warningList, record.warningList)
        XCTAssertNotNil(record.proseSignature)
        XCTAssertEqual(back.proseSignature, record.proseSignature)
        XCTAssertTrue((1...6).contains { back["text.s\($0)"].textValue != nil }, "some section stored as a range")
        for n in 1...6 {
            let id = FieldCatalog.standard.id("text.s\(n)")
            XCTAssertEqual(back.piece(id)?.utf8, record.piece(id)?.utf8, "section \(n) stays a piece of the text")
        }
    }

    func testARecordWhoseTextIsInATextStoreEncodesAsOneThatHoldsIt() throws {
        let record = try TextFixtures.record("002")
        var moved = record
        moved.moveText(FieldCatalog.standard.id("text"), into: TextStore())
        var (held, heldText, store, storeText) = (ByteWriter(), ByteWriter(), ByteWriter(), ByteWriter())
        RecordEncoder.encode(.record(record), into: &held, text: &heldText)
        RecordEncoder.encode(.record(moved), into: &store, text: &storeText)
        XCTAssertEqual(storeText.bytes, heldText.bytes)
        XCTAssertEqual(store.bytes, held.bytes)
    }

    func testEveryKindOfValueRoundTrips() throws {
        let catalog = FieldCatalog.standard
        var record = ReportRecord()
        record.set(catalog.id("id"), .text("x"), line: 0, origin: .derived)
        record.set(catalog.id("year"), .integer(-2022), line: 7, origin: .narrative)
        record.set(catalog.id("proactive.fees"), .decimal(12.25), line: 20, origin: .table)
        record.set(catalog.id("check.ok"), .bool(false), line: 0, origin: .derived)
        record.set(catalog.id("requests.new.total"), .integer(Int.max), line: 1_000_000, origin: .table)
        record.restore(catalog.id("agency").rawValue, .null, Provenance(line: 3, origin: .narrative))
        record.restore(catalog.id("province").rawValue, .text("山东省"), nil)
        record.warn("one")
        record.warn("二")
        var writer = ByteWriter()
        var textWriter = ByteWriter()
        RecordEncoder.encode(.record(record), into: &writer, text: &textWriter)
        XCTAssertTrue(textWriter.bytes.isEmpty, "no report text to write apart")
        let decoded = try writer.bytes.withUnsafeBytes { try RecordDecoder.decode($0) }
        guard case .record(let back) = decoded else { return XCTFail("not a record") }
        XCTAssertEqual(back.values, record.values)
        XCTAssertEqual(back.provenance, record.provenance, "a null with a provenance, a value without one")
        XCTAssertEqual(back.warningList, ["one", "二"])
    }

    /// The deferred text must be the one the entry names: another length or hash is damage, and
    /// without its bytes (and no load to read it from later) the entry cannot be decoded.
    func testADeferredTextIsCheckedAgainstItsEntry() throws {
        var record = ReportRecord()
        record.set(FieldCatalog.standard.id("text"), .text("政府信息公开"), line: 1, origin: .narrative)
        var writer = ByteWriter()
        var textWriter = ByteWriter()
        RecordEncoder.encode(.record(record), into: &writer, text: &textWriter)
        try writer.bytes.withUnsafeBytes { entry in
            XCTAssertThrowsError(try RecordDecoder.decode(entry), "no bytes for the deferred text")
            for other in ["政府信息公示", "政府信息"] {
                XCTAssertThrowsError(try Array(other.utf8).withUnsafeBytes { try RecordDecoder.decode(entry, text: .bytes($0)) }, other)
            }
            let back = try textWriter.bytes.withUnsafeBytes { try RecordDecoder.decode(entry, text: .bytes($0)) }
            guard case .record(let decoded) = back else { return XCTFail("not a record") }
            XCTAssertEqual(decoded, record)
        }
    }

    func testSignedAndUnsignedVarintsRoundTrip() throws {
        let numbers = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min, 1 << 40]
        var writer = ByteWriter()
        for n in numbers { writer.signed(n) }
        writer.varint(UInt64.max)
        try writer.bytes.withUnsafeBytes { raw in
            var reader = ByteReader(raw)
            for n in numbers { XCTAssertEqual(try reader.signed(), n) }
            XCTAssertEqual(try reader.varint(), UInt64.max)
            XCTAssertTrue(reader.isAtEnd)
            XCTAssertThrowsError(try reader.byte())
        }
    }
}
