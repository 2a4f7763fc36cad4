/// `min` and `max` of numbers, text (by Unicode code points) or true/false; null for a group without values.
final class ExtremeState: AggregateState {
    private let maximum: Bool
    private let type: ValueType
    private var integers: [Int] = []
    private var decimals: [Double] = []
    private var texts: [String] = []
    private var seen: [Bool] = []

    init(maximum: Bool, type: ValueType) {
        self.maximum = maximum
        self.type = type
    }

    func update(_ argument: ColumnVector?, groups: [Int], groupCount: Int) {
        grow(&seen, to: groupCount, with: false)
        switch argument {
        case .integer(let c): fold(c, groups, groupCount, &integers, &seen, 0, <)
        case .decimal(let c): fold(c, groups, groupCount, &decimals, &seen, 0, <)
        case .text(let c): fold(c, groups, groupCount, &texts, &seen, "", TextOrder.less)
        case .bool(let c):
            let numbers = Column(values: c.values.map { $0 ? 1 : 0 }, valid: c.valid)
            fold(numbers, groups, groupCount, &integers, &seen, 0, <)
        case nil: break
        }
    }

    private func fold<T>(_ c: Column<T>, _ groups: [Int], _ groupCount: Int, _ best: inout [T], _ seen: inout [Bool],
                         _ placeholder: T, _ less: (T, T) -> Bool) {
        grow(&best, to: groupCount, with: placeholder)
        for i in groups.indices where c.valid[i] {
            let g = groups[i]
            let v = c.values[i]
            if !seen[g] || (maximum ? less(best[g], v) : less(v, best[g])) {
                best[g] = v
                seen[g] = true
            }
        }
    }

    func finish(groupCount: Int) -> ColumnVector {
        grow(&seen, to: groupCount, with: false)
        switch type {
        case .decimal:
            grow(&decimals, to: groupCount, with: 0)
            return .decimal(Column(values: decimals, valid: seen))
        case .text:
            grow(&texts, to: groupCount, with: "")
            return .text(Column(values: texts, valid: seen))
        case .bool:
            grow(&integers, to: groupCount, with: 0)
            return .bool(Column(values: integers.map { $0 != 0 }, valid: seen))
        case .integer, .null:
            grow(&integers, to: groupCount, with: 0)
            return .integer(Column(values: integers, valid: seen))
        }
    }
}
