import Dispatch
import Foundation
import XCTest
import ReportModel

/// Texts moved into a store read back as they were, from any thread; a record whose text was moved
/// reads the same values, its sections included, and refers to the bytes in place.
final class TextStoreTests: XCTestCase {
    let catalog = FieldCatalog.standard

    func testTextsAppendedFromManyThreadsReadBack() {
        let store = TextStore()
        let texts = (0..<2_000).map { "第\($0)号报告：" + String(repeating: "公开", count: $0 % 50) }
        let numbers = Numbers(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in numbers.set(i, store.append(texts[i])) }
        XCTAssertEqual(Set(numbers.values).count, texts.count, "one number per text")
        for (i, text) in texts.enumerated() {
            XCTAssertEqual(store.text(numbers.values[i]), text)
            XCTAssertEqual(store.utf8Count(numbers.values[i]), text.utf8.count)
            XCTAssertEqual(store.bytesInMemory(numbers.values[i]).map { Array($0) }, Array(text.utf8))
        }
        XCTAssertNil(store.text(texts.count), "no such text")
    }

    func testATextLongerThanABlockGetsABlockOfItsOwn() {
        let store = TextStore()
        let long = String(repeating: "信", count: 6 << 20)
        let first = store.append("甲")
        let second = store.append(long)
        XCTAssertEqual(store.text(first), "甲")
        XCTAssertEqual(store.utf8Count(second), long.utf8.count)
        XCTAssertEqual(store.text(second), long)
    }

    func testCopyNeedsTheExactLength() {
        let store = TextStore()
        let number = store.append("公开")
        var exact = [UInt8](repeating: 0, count: 6)
        XCTAssertTrue(exact.withUnsafeMutableBytes { store.copyUTF8(number, to: $0) })
        XCTAssertEqual(exact, Array("公开".utf8))
        var short = [UInt8](repeating: 0, count: 5)
        XCTAssertFalse(short.withUnsafeMutableBytes { store.copyUTF8(number, to: $0) })
    }

    func testAMovedTextReadsAsBeforeWithItsSections() {
        var record = ReportRecord()
        let text = catalog.id("text"), s1 = catalog.id("text.s1")
        record.set(text, .text("一、总体情况\n甲乙"), line: 1, origin: .narrative)
        record.set(s1, pieceOf: text, utf8: 19..<25, line: 2, origin: .narrative)
        record.set(catalog.id("agency"), .text("某局"), line: 3, origin: .narrative)
        let before = record
        let store = TextStore()
        XCTAssertNil(record.textInMemory(text.rawValue), "held by the record")
        record.moveText(text, into: store)
        XCTAssertEqual(record, before, "the same values and provenance")
        XCTAssertEqual(record[s1], .text("甲乙"))
        XCTAssertEqual(record["agency"], .text("某局"))
        let inMemory = try? XCTUnwrap(record.textInMemory(text.rawValue))
        XCTAssertEqual(inMemory.map { Array($0.bytes) }, Array("一、总体情况\n甲乙".utf8))
        XCTAssertTrue(inMemory?.source === store)
        XCTAssertEqual(record.ownTextUTF8Count(text.rawValue), 25, "its length known without reading it")
        record.moveText(text, into: TextStore())
        XCTAssertTrue(record.textInMemory(text.rawValue)?.source === store, "moved once")
        record.moveText(catalog.id("agency"), into: TextStore())
        XCTAssertEqual(record["agency"], .text("某局"), "a record defers one text at most: the others stay")
    }

    /// Numbers written from many threads.
    private final class Numbers: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Int]
        init(count: Int) { slots = Array(repeating: -1, count: count) }
        func set(_ i: Int, _ value: Int) {
            lock.lock()
            slots[i] = value
            lock.unlock()
        }
        var values: [Int] { slots }
    }
}
