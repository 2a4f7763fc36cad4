import XCTest
@testable import ReportQuery

final class SorterTests: XCTestCase {
    /// Random columns with many ties and nulls: the heap selection of the first rows equals the
    /// prefix of the full stable sort, for one and for several keys, in both directions.
    func testTopRowsEqualThePrefixOfTheFullSort() {
        var random = SeededRandom(state: 7)
        for round in 0..<200 {
            let count = Int.random(in: 0..<400, using: &random)
            let numbers = Column(values: (0..<count).map { _ in Int.random(in: 0..<6, using: &random) },
                                 valid: (0..<count).map { _ in Int.random(in: 0..<5, using: &random) > 0 })
            let texts = Column(values: (0..<count).map { _ in ["山东省", "北京市", "上海", "a", "", "上海市"].randomElement(using: &random)! },
                               valid: (0..<count).map { _ in Int.random(in: 0..<4, using: &random) > 0 })
            var keys = [Sorter.Key(vector: .integer(numbers), descending: round % 2 == 0)]
            if round % 3 != 0 { keys.append(Sorter.Key(vector: .text(texts), descending: round % 5 == 0)) }
            let full = Sorter.permutation(keys, count: count)
            XCTAssertEqual(full.sorted(), Array(0..<count))
            let wanted = Int.random(in: 0...max(1, count / 5), using: &random)
            XCTAssertEqual(Sorter.permutation(keys, count: count, wanted: wanted), Array(full.prefix(wanted)), "round \(round)")
            XCTAssertEqual(Sorter.order(keys[0]), keys.count == 1 ? full : Sorter.order(keys[0]))
        }
    }

    func testNullsLastAndTiesKeepRowOrder() {
        let column = Column(values: [3, 1, 0, 1, 2], valid: [true, true, false, true, true])
        XCTAssertEqual(Sorter.permutation([Sorter.Key(vector: .integer(column), descending: false)], count: 5), [1, 3, 4, 0, 2])
        XCTAssertEqual(Sorter.permutation([Sorter.Key(vector: .integer(column), descending: true)], count: 5), [0, 4, 1, 3, 2])
    }

    func testTextSortsByCodePoint() {
        let texts = Column(values: ["b", "B", "上海", "北京", "a", "ab"], valid: Array(repeating: true, count: 6))
        XCTAssertEqual(Sorter.permutation([Sorter.Key(vector: .text(texts), descending: false)], count: 6), [1, 4, 5, 0, 2, 3])
    }
}

final class GroupingStructuresTests: XCTestCase {
    func testIntHashMapNumbersKeysInOrderOfArrival() {
        var map = IntHashMap()
        var random = SeededRandom(state: 3)
        var expected: [Int: Int] = [:]
        for _ in 0..<20_000 {
            let key = Int.random(in: -5_000...5_000, using: &random) * 1_000_003
            let code = map.code(for: key)
            if let known = expected[key] {
                XCTAssertEqual(code, known)
            } else {
                XCTAssertEqual(code, expected.count)
                expected[key] = code
            }
        }
        XCTAssertEqual(map.count, expected.count)
        XCTAssertEqual(map.code(for: Int.min), expected.count)
        XCTAssertEqual(map.code(for: Int.max), expected.count + 1)
    }

    func testKeyEncoderGivesNullItsOwnCodeInOrderOfAppearance() {
        let encoder = KeyEncoder()
        let first = encoder.encode(.integer(Column(values: [5, 0, 5, 7], valid: [true, false, true, true])))
        let second = encoder.encode(.integer(Column(values: [7, 9, 0], valid: [true, true, false])))
        XCTAssertEqual(first, [0, 1, 0, 2])
        XCTAssertEqual(second, [2, 3, 1])
        let texts = KeyEncoder()
        XCTAssertEqual(texts.encode(.text(Column(values: ["b", "a", "b", ""], valid: [true, true, true, false]))), [0, 1, 0, 2])
    }

    func testGroupIndexWithSeveralKeysKeepsFirstRowsKeys() {
        var index = GroupIndex(types: [.text, .integer])
        let groups = index.assign([.text(Column(values: ["x", "y", "x", "x"], valid: [true, true, true, true])),
                                   .integer(Column(values: [1, 1, 2, 1], valid: [true, true, true, true]))], count: 4)
        XCTAssertEqual(groups, [0, 1, 2, 0])
        XCTAssertEqual(index.groupCount, 3)
        XCTAssertEqual(index.keyColumns()[0].values(), [.text("x"), .text("y"), .text("x")])
        XCTAssertEqual(index.keyColumns()[1].values(), [.integer(1), .integer(1), .integer(2)])
    }
}
