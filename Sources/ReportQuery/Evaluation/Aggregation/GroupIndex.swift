/// Assigns each row its group: one encoder per key, then pairs (group so far, next key's code) are
/// numbered level by level. Keeps the key values of each group's first row.
struct GroupIndex {
    private let encoders: [KeyEncoder]
    /// Per further key: (group so far, code) packed into one Int (codes stay far below 2³²).
    private var levels: [IntHashMap]
    private var keys: [ColumnBuilder]
    private(set) var groupCount: Int

    init(types: [ValueType]) {
        encoders = types.map { _ in KeyEncoder() }
        levels = Array(repeating: IntHashMap(), count: max(0, types.count - 1))
        keys = types.map { ColumnBuilder($0) }
        groupCount = types.isEmpty ? 1 : 0   // no keys: the whole input is one group, even when empty
    }

    /// The group of each row of a chunk, given the chunk's key vectors.
    mutating func assign(_ vectors: [ColumnVector], count: Int) -> [Int] {
        guard !vectors.isEmpty else { return [Int](repeating: 0, count: count) }
        var groups = encoders[0].encode(vectors[0])
        for level in 1..<max(1, vectors.count) {
            let codes = encoders[level].encode(vectors[level])
            var table = levels[level - 1]
            levels[level - 1] = IntHashMap()
            for i in 0..<count { groups[i] = table.code(for: groups[i] << 32 | codes[i]) }
            levels[level - 1] = table
        }
        for i in 0..<count where groups[i] == groupCount {
            for k in vectors.indices { keys[k].append(vectors[k], row: i) }
            groupCount += 1
        }
        return groups
    }

    /// The key values of each group, in group order.
    func keyColumns() -> [ColumnVector] { keys.map { $0.build() } }
}
