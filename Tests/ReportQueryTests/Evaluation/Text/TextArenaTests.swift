import XCTest
import ReportModel
@testable import ReportQuery

/// The report texts laid out in one buffer read as the records' own values: sections as ranges of
/// their text, a piece that cuts a character null, a text left in the parse cache copied in (not
/// read and kept), one that cannot be read null with its sections; queries over them give the
/// values the records give.
final class TextArenaTests: XCTestCase {
    let catalog = FieldCatalog.standard
    lazy var text = catalog.id("text")
    lazy var s1 = catalog.id("text.s1")
    lazy var s2 = catalog.id("text.s2")

    /// Texts held by a stand-in for the parse cache, counting how they are read.
    private final class Texts: DeferredTexts, @unchecked Sendable {
        let texts: [String?]
        let lengths: [Int]
        var reads = 0
        var copies = 0
        /// Texts as recorded (`lengths`); a nil text can no longer be read.
        init(_ texts: [String?], lengths: [Int]) {
            self.texts = texts
            self.lengths = lengths
        }
        func text(_ index: Int) -> String? {
            reads += 1
            return texts[index]
        }
        func utf8Count(_ index: Int) -> Int? { lengths[index] }
        func copyUTF8(_ index: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
            copies += 1
            guard let text = texts[index] else { return false }
            return DeferredTextCopy.copy(text, to: destination)
        }
    }

    /// A record holding `body` as its text, section 1 as what follows its first line and, when given,
    /// section 2 as the byte range `cut`.
    private func record(_ body: String, cut: Range<Int>? = nil) -> ReportRecord {
        var record = ReportRecord()
        record.set(text, .text(body), line: 1, origin: .narrative)
        let utf8 = Array(body.utf8)
        let afterFirstLine = (utf8.firstIndex(of: 0x0A) ?? utf8.count - 1) + 1
        record.set(s1, pieceOf: text, utf8: afterFirstLine..<utf8.count, line: 2, origin: .narrative)
        if let cut { record.set(s2, pieceOf: text, utf8: cut, line: 3, origin: .narrative) }
        return record
    }

    /// `record` with its text left in `texts` as text number `index`.
    private func deferring(_ record: ReportRecord, to texts: Texts, index: Int) -> ReportRecord {
        record.withPackedSlots { slots in
            var tags = Array(slots.tags)
            let field = text.rawValue
            tags[field] = tags[field] & ~PackedSlots.kindMask | PackedSlots.deferredKind
            return ReportRecord { restorer in
                let problem = tags.withUnsafeBytes { tags in
                    restorer.restorePacked(tags: tags, bits: UnsafeRawBufferPointer(slots.bits), lines: UnsafeRawBufferPointer(slots.lines),
                                           wide: UnsafeRawBufferPointer(slots.wide), texts: slots.texts, pieces: slots.pieces,
                                           deferred: .init(source: texts, index: index, length: texts.utf8Count(index) ?? 0))
                }
                XCTAssertNil(problem)
            }
        }
    }

    private func laidOut(_ records: [ReportRecord]) -> [Int: TextSpans] {
        let store = ColumnStore(records: records)
        return store.table(using: [text.rawValue]).spans
    }

    func testEveryTextFieldReadsAsTheRecordsValues() {
        let records = [record("一、总体情况\n甲乙\n"), record("x\n乙丙", cut: 2..<5), record("x\n丙", cut: 3..<4), ReportRecord()]
        let spans = laidOut(records)
        XCTAssertEqual(Set(spans.keys), ColumnStore(records: records).lazyFields)
        for (field, column) in spans {
            XCTAssertEqual(ColumnVector.text(column.gather(.range(0..<records.count))).values(), records.map { $0[FieldID(field)] },
                           "field \(catalog.fields[field].name)")
        }
        XCTAssertEqual(records[2][s2], .null, "a piece that cuts 丙 is null in the record")
        XCTAssertEqual(spans[s2.rawValue]?.valid, [false, true, false, false], "and in the arena")
        XCTAssertEqual((spans[text.rawValue]?.owners.last as? TextArena)?.size, records.compactMap { $0.text(self.text.rawValue)?.utf8.count }.reduce(0, +),
                       "sections add no bytes")
    }

    func testDeferredTextsAreCopiedInNotReadAndKept() {
        let bodies = ["一、总体情况\n甲乙\n", "x\n？？", "x\n乙丙"]
        let texts = Texts([bodies[0], nil, bodies[2]], lengths: bodies.map(\.utf8.count))
        let records = [record(bodies[0]), record(bodies[1]), record(bodies[2], cut: 2..<5)].enumerated().map {
            deferring($0.element, to: texts, index: $0.offset)
        }
        texts.reads = 0
        let spans = laidOut(records)
        XCTAssertEqual(texts.reads, 0, "no text read through `text(_:)`, so none kept")
        XCTAssertEqual(texts.copies, 3)
        XCTAssertEqual(ColumnVector.text(spans[text.rawValue]!.gather(.range(0..<3))).values(),
                       [.text("一、总体情况\n甲乙\n"), .null, .text("x\n乙丙")], "a text that cannot be read is null")
        XCTAssertEqual(ColumnVector.text(spans[s1.rawValue]!.gather(.range(0..<3))).values(), [.text("甲乙\n"), .null, .text("乙丙")],
                       "its sections too")
        XCTAssertEqual(ColumnVector.text(spans[s2.rawValue]!.gather(.range(0..<3))).values(), [.null, .null, .text("乙")])
    }

    func testTextsKeptInATextStoreAreReadInPlaceNotCopied() {
        let store = TextStore()
        let originals = [record("一、总体情况\n甲乙\n"), record("x\n乙丙", cut: 2..<5), ReportRecord()]
        let records = originals.map { original -> ReportRecord in
            var moved = original
            moved.moveText(text, into: store)
            return moved
        }
        let spans = laidOut(records)
        for (field, column) in spans {
            XCTAssertEqual(ColumnVector.text(column.gather(.range(0..<3))).values(), originals.map { $0[FieldID(field)] },
                           "field \(catalog.fields[field].name)")
        }
        XCTAssertEqual((spans[text.rawValue]?.owners.last as? TextArena)?.size, 0, "nothing copied")
        XCTAssertTrue(spans[text.rawValue]?.owners.contains { $0 === store } == true, "the store is kept alive")
        XCTAssertEqual(spans[text.rawValue]?.addresses[1], records[1].textInMemory(text.rawValue).map { UInt(bitPattern: $0.bytes.baseAddress) },
                       "read where the store holds it")
    }

    func testQueriesOverTheTextsGiveTheRecordsValues() throws {
        let bodies = ["一、总体情况\n乙丙\n", "一、总体情况\n甲\n", "a\nb", "一、总体情况\n信息处理费"]
        let records = bodies.map { record($0) } + [ReportRecord()]
        let database = Database(store: ColumnStore(records: records))
        let texts = records.map { $0[text] }
        XCTAssertEqual(try database.query("select text").rows, texts.map { [$0] })
        XCTAssertEqual(try database.query("select text order by text").rows.map { $0[0] },
                       texts.filter { !$0.isNull }.sorted { $0.textValue! < $1.textValue! } + [.null])
        XCTAssertEqual(try database.query("select length(text.s1) where text ~ '一'").rows.map { $0[0] },
                       [.integer(3), .integer(2), .integer(5)])
        XCTAssertEqual(try database.query("select count(*) where text like '%信息%'").rows, [[.integer(1)]])
        XCTAssertEqual(try database.query("select count(*) where text.s1 = 'b'").rows, [[.integer(1)]])
        XCTAssertEqual(try database.query("select text.s1 where text.s1 ~ '丙' or text ~ 'b' order by text.s1").rows,
                       [[.text("b")], [.text("乙丙\n")]])
        var views = database
        _ = try views.execute("create view v as select text, text.s1 as first where text ~ '甲'")
        XCTAssertEqual(try views.query("select first from v where text ~ '一'").rows, [[.text("甲\n")]], "through a view")
    }
}
