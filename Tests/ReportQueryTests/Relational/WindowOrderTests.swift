import XCTest
import ReportModel
@testable import ReportQuery

/// `WindowOrder` (counting sorts on ranks) against a plain comparison sort of the same rows:
/// partitions in order of their first row, then each order key (nulls last, either direction),
/// then the row; peers are rows whose order keys are all equal.
final class WindowOrderTests: XCTestCase {
    func testCountingSortsGiveTheComparisonSortsOrder() {
        var random = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let n = Int.random(in: 0...40, using: &random)
            func column(_ spread: Int) -> Column<Int> {
                Column.build(count: n, placeholder: 0) { _ in Int.random(in: 0...spread, using: &random) == 0 ? nil : Int.random(in: 0...spread, using: &random) }
            }
            let partition = column(3)
            let texts = Column<String>.build(count: n, placeholder: "") { _ in ["甲", "乙", "a", nil].randomElement(using: &random)! }
            let keys = [Sorter.Key(vector: .integer(column(4)), descending: Bool.random(using: &random)),
                        Sorter.Key(vector: .text(texts), descending: Bool.random(using: &random))].prefix(round % 3)
            let order = WindowOrder(partitions: round % 4 == 0 ? [] : [.integer(partition)], order: Array(keys), count: n)

            let first = (0..<n).map { row in round % 4 == 0 ? 0 : (0..<n).first { partition.value(row) == partition.value($0) }! }
            func compare(_ key: Sorter.Key, _ a: Int, _ b: Int) -> Int {
                let (x, y) = (key.vector.value(at: a), key.vector.value(at: b))
                if x == y { return 0 }
                if x == .null { return 1 }
                if y == .null { return -1 }
                let less: Bool
                switch (x, y) {
                case (.integer(let p), .integer(let q)): less = p < q
                case (.text(let p), .text(let q)): less = TextOrder.compare(p, q) < 0
                default: return 0
                }
                return (less != key.descending) ? -1 : 1
            }
            let expected = (0..<n).sorted { a, b in
                if first[a] != first[b] { return first[a] < first[b] }
                for key in keys {
                    let c = compare(key, a, b)
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
            XCTAssertEqual(order.sorted, expected, "round \(round)")
            for a in 0..<n {
                for b in 0..<n {
                    XCTAssertEqual(order.peers(a, b), keys.allSatisfy { compare($0, a, b) == 0 }, "round \(round)")
                    XCTAssertEqual(order.samePartition(a, b), first[a] == first[b], "round \(round)")
                }
            }
        }
    }

    func testStableSortKeepsRowOrderWithinAKey() {
        XCTAssertEqual(WindowOrder.stableSort([4, 0, 3, 1, 2], by: [1, 0, 1, 0, 2], range: 3), [3, 1, 0, 2, 4])
    }
}

private extension Column where Element == Int {
    func value(_ row: Int) -> Int? { valid[row] ? values[row] : nil }
}
