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
