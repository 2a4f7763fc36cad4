/// `count(*)` counts rows; `count(x)` counts rows where x is not null.
final class CountState: AggregateState {
    private let star: Bool
    private var counts: [Int] = []

    init(star: Bool) { self.star = star }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        grow(&counts, to: groupCount, with: 0)
        let valid = star ? nil : argument?.valid
        CountState.add(groups, valid, &counts)
    }

    private static func add(_ groups: [Int], _ valid: [Bool]?, _ counts: inout [Int]) {
        guard let valid else {
            for g in groups { counts[g] += 1 }
            return
        }
        for i in groups.indices where valid[i] { counts[groups[i]] += 1 }
    }

    func finish(groupCount: Int) -> ColumnVector {
        grow(&counts, to: groupCount, with: 0)
        return .integer(Column(values: counts, valid: Array(repeating: true, count: groupCount)))
    }
}
