import XCTest
@testable import ReportQuery

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
