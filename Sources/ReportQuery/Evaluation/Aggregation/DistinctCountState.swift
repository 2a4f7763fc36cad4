/// `count(distinct x)`: the number of different non-null values (numbers in one integer map per
/// group, texts by their bytes).
final class DistinctCountState: AggregateState {
    private var numbers: [IntHashMap] = []
    private var textSets: [Set<TextKey>] = []

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        guard let argument else { return }
        switch argument {
        case .integer(let c): add(c, groups, groupCount) { $0 }
        case .decimal(let c): add(c, groups, groupCount) { Int(bitPattern: UInt(($0 == 0 ? 0.0 : $0).bitPattern)) }
        case .bool(let c): add(c, groups, groupCount) { $0 ? 1 : 0 }
        case .text(let c):
            grow(&textSets, to: groupCount, with: [])
            DistinctCountState.insert(c, groups, &textSets)
        }
    }

    private func add<T>(_ c: Column<T>, _ groups: [Int], _ groupCount: Int, _ key: (T) -> Int) {
        grow(&numbers, to: groupCount, with: IntHashMap())
        DistinctCountState.insert(c, groups, &numbers, key)
    }

    private static func insert<T>(_ c: Column<T>, _ groups: [Int], _ maps: inout [IntHashMap], _ key: (T) -> Int) {
        for i in groups.indices where c.valid[i] { _ = maps[groups[i]].code(for: key(c.values[i])) }
    }

    private static func insert(_ c: Column<String>, _ groups: [Int], _ sets: inout [Set<TextKey>]) {
        for i in groups.indices where c.valid[i] { sets[groups[i]].insert(TextKey(c.values[i])) }
    }

    func finish(groupCount: Int) -> ColumnVector {
        var counts = [Int](repeating: 0, count: groupCount)
        for g in 0..<groupCount {
            if g < numbers.count { counts[g] += numbers[g].count }
            if g < textSets.count { counts[g] += textSets[g].count }
        }
        return .integer(Column(values: counts, valid: Array(repeating: true, count: groupCount)))
    }
}
