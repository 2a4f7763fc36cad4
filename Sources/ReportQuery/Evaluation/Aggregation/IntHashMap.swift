/// Int → Int map for grouping: open addressing with linear probing and a multiplicative hash, much
/// cheaper per row than `Dictionary`'s seeded SipHash. Values are dense codes handed out in order.
struct IntHashMap: Sendable {
    private var keys: [Int]
    private var values: [Int]
    private var used: [Bool]
    private var shift: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: 0, count: 16)
        used = Array(repeating: false, count: 16)
        shift = 64 - 4
    }

    /// The code of `key`, giving it the next code (`count`) if it is new.
    @inline(__always)
    mutating func code(for key: Int) -> Int {
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        let mask = keys.count - 1
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        let code = count
        keys[slot] = key
        values[slot] = code
        used[slot] = true
        count += 1
        if count * 2 > keys.count { grow() }
        return code
    }

    /// The code of `key`, or nil when it has none (nothing is added).
    @inline(__always)
    func lookup(_ key: Int) -> Int? {
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        let mask = keys.count - 1
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
        shift -= 1
        let mask = capacity - 1
        for i in oldKeys.indices where oldUsed[i] {
            var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(oldKeys[i])) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
            while used[slot] { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
            used[slot] = true
        }
    }
}
