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
