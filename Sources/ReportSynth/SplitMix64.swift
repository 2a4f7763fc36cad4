/// A small deterministic pseudo-random generator (SplitMix64, Steele et al. 2014): the same seed gives the
/// same sequence on every platform and toolchain. The helpers below use only `next()`, never the
/// standard library's random APIs, whose algorithms may change between Swift versions.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (modulo bias is negligible for the small ranges used here).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `p` (0 … 1).
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// A small count: 0 with probability `zero`, else 1 … `max`, smaller values likelier.
    public mutating func count(zero: Double, max: Int) -> Int {
        if chance(zero) { return 0 }
        let a = int(1...max)
        let b = int(1...max)
        return Swift.min(a, b)
    }
}
