/// A one-permutation MinHash of a report's prose (Li, Owen & Zhang 2012): its character shingles
/// (`ProseShingles` in ReportIngest) hashed into `binCount` bins, each keeping the smallest hash that
/// fell into it. Two signatures estimate the Jaccard index of the two reports' shingle sets
/// (`similarity(to:)`). Computed once per report at parse time and kept in the parse cache, so the
/// panel check `similarity.prev` compares two reports without reading either text again.
public struct ProseSignature: Sendable, Hashable {
    public static let binCount = 128
    /// An empty bin (no shingle fell into it).
    public static let empty = UInt16.max

    /// The smallest 16-bit hash per bin, `empty` for an empty bin.
    public private(set) var bins: [UInt16]
    /// The number of shingles added (repeats included); 0 for a text with no prose.
    public private(set) var shingleCount: Int
    /// Fewer shingles than this (a few short sentences) say too little to compare: `similarity` is nil.
    public static let minimumShingles = 32

    /// A signature with every bin empty.
    public init() {
        bins = Array(repeating: ProseSignature.empty, count: ProseSignature.binCount)
        shingleCount = 0
    }

    /// Rebuilds a stored signature; nil when `bins` has not `binCount` entries.
    public init?(bins: [UInt16], shingleCount: Int) {
        guard bins.count == ProseSignature.binCount, shingleCount >= 0 else { return nil }
        self.bins = bins
        self.shingleCount = shingleCount
    }

    /// Adds one shingle's 64-bit hash: its top 7 bits choose the bin, the next 16 bits are kept when smaller.
    /// (`empty` itself is never stored as a value, so a bin that saw a shingle is never read as empty.)
    public mutating func add(hash: UInt64) {
        let bin = Int(hash >> 57)
        let value = min(UInt16(truncatingIfNeeded: hash >> 41), ProseSignature.empty - 1)
        if value < bins[bin] { bins[bin] = value }
        shingleCount += 1
    }

    /// The estimated Jaccard index of the two shingle sets: the share of bins that hold the same value
    /// among the bins that are not empty in both; nil when either signature saw too little prose.
    public func similarity(to other: ProseSignature) -> Double? {
        guard shingleCount >= ProseSignature.minimumShingles, other.shingleCount >= ProseSignature.minimumShingles
        else { return nil }
        var matches = 0
        var used = 0
        for i in 0..<ProseSignature.binCount {
            let a = bins[i], b = other.bins[i]
            if a == ProseSignature.empty && b == ProseSignature.empty { continue }
            used += 1
            if a == b { matches += 1 }
        }
        return used == 0 ? nil : Double(matches) / Double(used)
    }
}
