/// Gives each distinct value of a group key a dense code in order of first appearance (null gets one
/// code too). A class, so its dictionaries grow in place across chunks.
final class KeyEncoder {
    /// Integers, decimals (by bit pattern) and booleans share one map: a key has one type.
    private var numbers = IntHashMap()
    private var overallCodes: [Int] = []
    private var texts: [TextKey: Int] = [:]
    private var nullCode: Int?
    private(set) var count = 0

    /// The code of each row of `vector`.
    func encode(_ vector: ColumnVector) -> [Int] {
        switch vector {
        case .integer(let c): return encode(c) { $0 }
        case .decimal(let c): return encode(c) { Int(bitPattern: UInt(($0 == 0 ? 0.0 : $0).bitPattern)) }
        case .text(let c): return encode(c, into: &texts) { TextKey($0) }
        case .bool(let c): return encode(c) { $0 ? 1 : 0 }
        }
    }

    /// Numbers: the hash map numbers the keys it sees; `overall` turns its numbers into codes, which
    /// also count the null code.
    private func encode<T>(_ c: Column<T>, _ key: (T) -> Int) -> [Int] {
        var count = self.count
        var nullCode = self.nullCode
        var map = numbers
        var overall = overallCodes
        numbers = IntHashMap()
        overallCodes = []
        defer {
            numbers = map
            overallCodes = overall
            self.count = count
            self.nullCode = nullCode
        }
        var codes = [Int](repeating: 0, count: c.count)
        for i in 0..<c.count {
            if c.valid[i] {
                let code = map.code(for: key(c.values[i]))
                if code == overall.count {
                    overall.append(count)
                    count += 1
                }
                codes[i] = overall[code]
            } else {
                if nullCode == nil {
                    nullCode = count
                    count += 1
                }
                codes[i] = nullCode!
            }
        }
        return codes
    }

    /// Works on locals and one `inout` table, so the loop does no per-row exclusivity checks.
    private func encode<T, K: Hashable>(_ c: Column<T>, into table: inout [K: Int], _ key: (T) -> K) -> [Int] {
        var count = self.count
        var nullCode = self.nullCode
        defer {
            self.count = count
            self.nullCode = nullCode
        }
        var codes = [Int](repeating: 0, count: c.count)
        for i in 0..<c.count {
            if !c.valid[i] {
                if nullCode == nil {
                    nullCode = count
                    count += 1
                }
                codes[i] = nullCode!
                continue
            }
            let k = key(c.values[i])
            if let code = table[k] {
                codes[i] = code
            } else {
                table[k] = count
                codes[i] = count
                count += 1
            }
        }
        return codes
    }
}

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
