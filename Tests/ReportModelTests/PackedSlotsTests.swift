import XCTest
import ReportModel

/// Packed slots copy back into an equal record; a deferred text is read through its source, its
/// pieces too, and a source that cannot give the text leaves them null.
final class PackedSlotsTests: XCTestCase {
    let catalog = FieldCatalog.standard

    private final class Texts: DeferredTexts, @unchecked Sendable {
        var texts: [Int: String]
        var reads = 0
        init(_ texts: [Int: String]) { self.texts = texts }
        func text(_ index: Int) -> String? {
            reads += 1
            return texts[index]
        }
    }

    private func sample() -> ReportRecord {
        var record = ReportRecord()
        let text = catalog.id("text")
        record.set(text, .text("一、总体情况\n甲乙"), line: 1, origin: .narrative)
        record.set(catalog.id("text.s1"), pieceOf: text, utf8: 19..<25, line: 2, origin: .narrative)
        record.set(catalog.id("year"), .integer(2023), line: 3, origin: .narrative)
        record.set(catalog.id("requests.new.total"), .integer(Int.max), line: 4, origin: .table)
        record.set(catalog.id("proactive.fees"), .decimal(1.5), line: 9, origin: .table)
        record.set(catalog.id("check.ok"), .bool(true), line: 0, origin: .derived)
        record.restore(catalog.id("agency").rawValue, .null, Provenance(line: 4, origin: .narrative))
        return record
    }

    /// The slots of `record` copied into a new record, the text field's slot made deferred when `deferred` is given.
    private func copy(_ record: ReportRecord, deferring deferred: RecordRestorer.DeferredSlot? = nil,
                      edit: (inout [UInt8], inout [UInt32]) -> Void = { _, _ in }) -> (ReportRecord?, String?) {
        record.withPackedSlots { slots in
            var tags = Array(slots.tags), bits = Array(slots.bits)
            if deferred != nil {
                let field = catalog.id("text").rawValue
                tags[field] = tags[field] & ~PackedSlots.kindMask | PackedSlots.deferredKind
            }
            edit(&tags, &bits)
            var problem: String?
            let copied = ReportRecord { restorer in
                problem = tags.withUnsafeBytes { tags in
                    bits.withUnsafeBytes { bits in
                        restorer.restorePacked(tags: tags, bits: bits, lines: UnsafeRawBufferPointer(slots.lines),
                                               wide: UnsafeRawBufferPointer(slots.wide), texts: slots.texts,
                                               pieces: slots.pieces, deferred: deferred)
                    }
                }
            }
            return (problem == nil ? copied : nil, problem)
        }
    }

    func testPackedSlotsCopyBackIntoAnEqualRecord() {
        let record = sample()
        let (copied, problem) = copy(record)
        XCTAssertNil(problem)
        XCTAssertEqual(copied, record)
        XCTAssertEqual(copied?["requests.new.total"], .integer(Int.max))
        XCTAssertEqual(copied?.source(of: catalog.id("agency")), Provenance(line: 4, origin: .narrative))
    }

    func testADeferredTextAndItsPiecesAreReadThroughTheirSource() {
        let texts = Texts([41: "一、总体情况\n甲乙"])
        let (copied, problem) = copy(sample(), deferring: .init(source: texts, index: 41, length: 25))
        XCTAssertNil(problem)
        XCTAssertEqual(texts.reads, 0, "nothing read while restoring")
        XCTAssertEqual(copied, sample())
        XCTAssertEqual(copied?["text.s1"], .text("甲乙"))
        texts.texts = [:]
        XCTAssertEqual(copied?["text"], .null, "a text the source cannot give is null")
        XCTAssertEqual(copied?["text.s1"], .null)
        XCTAssertEqual(copied?["year"], .integer(2023))
    }

    func testAPieceOfADeferredTextThatCutsACharacterIsNull() {
        let texts = Texts([0: "一、总体情况\n甲乙"])
        let (copied, _) = copy(sample(), deferring: .init(source: texts, index: 0, length: 25))
        texts.texts = [0: "一、总体情况\n丙甲乙"]
        XCTAssertEqual(copied?["text.s1"], .text("丙甲"), "a range of whatever text the source gives…")
        texts.texts = [0: "一、总体情况\nab甲乙"]
        XCTAssertEqual(copied?["text.s1"], .null, "…but never one cut inside a character")
    }

    func testBadSlotsAreRefused() {
        let year = catalog.id("year").rawValue, text = catalog.id("text").rawValue
        let cases: [(String, (inout [UInt8], inout [UInt32]) -> Void)] = [
            ("bad origin", { tags, _ in tags[year] |= 1 << 5 }),
            ("number index", { tags, _ in tags[year] = 2 }),
            ("text index", { _, bits in bits[text] = 9 }),
            ("piece index", { tags, bits in tags[year] = 5; bits[year] = 9 }),
            ("deferred without a source", { tags, _ in tags[year] = PackedSlots.deferredKind }),
        ]
        for (name, edit) in cases {
            let (copied, problem) = copy(sample(), edit: edit)
            XCTAssertNil(copied, name)
            XCTAssertNotNil(problem, name)
        }
        let (_, problem) = copy(sample(), deferring: .init(source: Texts([:]), index: 0, length: 3))
        XCTAssertNotNil(problem, "a piece past the deferred text's length")
    }
}
