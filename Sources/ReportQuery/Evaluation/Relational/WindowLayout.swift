import ReportModel

/// The rows of one window call in sorted order, with each sorted position's partition and peer
/// group: `partitionStart[i] ..< partitionEnd[i]` and `peerStart[i] ..< peerEnd[i]` are positions in
/// `sorted`. Values computed per sorted position are written to the row's place (`sorted[i]`).
struct WindowLayout {
    let sorted: [Int]
    var partitionStart: [Int]
    var partitionEnd: [Int]
    var peerStart: [Int]
    var peerEnd: [Int]

    init(_ order: WindowOrder) {
        sorted = order.sorted
        let n = sorted.count
        partitionStart = [Int](repeating: 0, count: n)
        partitionEnd = [Int](repeating: n, count: n)
        peerStart = [Int](repeating: 0, count: n)
        peerEnd = [Int](repeating: n, count: n)
        var pStart = 0
        var qStart = 0
        for i in 0..<n {
            if i > 0 {
                let newPartition = !order.samePartition(sorted[i], sorted[i - 1])
                if newPartition || !order.peers(sorted[i], sorted[i - 1]) {
                    for k in qStart..<i { peerEnd[k] = i }
                    qStart = i
                }
                if newPartition {
                    for k in pStart..<i { partitionEnd[k] = i }
                    pStart = i
                }
            }
            partitionStart[i] = pStart
            peerStart[i] = qStart
        }
        for k in qStart..<n { peerEnd[k] = n }
        for k in pStart..<n { partitionEnd[k] = n }
    }

    /// row_number, rank, dense_rank, percent_rank, cume_dist, ntile.
    func ranking(_ function: WindowCall.Function) -> ColumnVector {
        let n = sorted.count
        var integers = [Int](repeating: 0, count: n)
        var decimals = [Double](repeating: 0, count: n)
        var dense = 0
        for i in 0..<n {
            let row = sorted[i]
            let size = partitionEnd[i] - partitionStart[i]
            let position = i - partitionStart[i]
            if i == partitionStart[i] { dense = 0 }
            if i == peerStart[i] { dense += 1 }
            let rank = peerStart[i] - partitionStart[i] + 1
            switch function {
            case .rowNumber: integers[row] = position + 1
            case .rank: integers[row] = rank
            case .denseRank: integers[row] = dense
            case .percentRank: decimals[row] = size > 1 ? Double(rank - 1) / Double(size - 1) : 0
            case .cumeDist: decimals[row] = Double(peerEnd[i] - partitionStart[i]) / Double(size)
            case .ntile(let buckets):
                // The first size % buckets buckets have one row more than the others.
                let small = size / buckets
                let large = small + 1
                let inLarge = (size % buckets) * large
                integers[row] = position < inLarge ? position / large + 1 : (position - inLarge) / max(small, 1) + size % buckets + 1
            default: break
            }
        }
        let valid = [Bool](repeating: true, count: n)
        switch function {
        case .percentRank, .cumeDist: return .decimal(Column(values: decimals, valid: valid))
        default: return .integer(Column(values: integers, valid: valid))
        }
    }

    /// lag (positive offset) and lead (negative): the value `offset` positions before in the
    /// partition, else the default (evaluated on the row itself), else null.
    func shifted(_ values: ColumnVector, by offset: Int, default fallback: ColumnVector?) -> ColumnVector {
        let n = sorted.count
        var picks = [Int](repeating: -1, count: n)
        for i in 0..<n {
            let (target, overflow) = i.subtractingReportingOverflow(offset)
            if !overflow, target >= partitionStart[i], target < partitionEnd[i] { picks[i] = sorted[target] }
        }
        let picked = WindowLayout.pick(values, sortedRows: picks, sorted: sorted)
        guard let fallback else { return picked }
        var useDefault = [Bool](repeating: false, count: n)
        for i in 0..<n where picks[i] < 0 { useDefault[sorted[i]] = true }
        return picked.choosing(fallback, where: useDefault)
    }

    /// For each sorted position i, the value of row `sortedRows[i]` (null for -1), placed at row `sorted[i]`.
    static func pick(_ values: ColumnVector, sortedRows: [Int], sorted: [Int]) -> ColumnVector {
        var source = [Int](repeating: -1, count: sorted.count)
        for (i, row) in sorted.enumerated() { source[row] = sortedRows[i] }
        let table = Table(columns: [values], rowCount: values.count)
        return table.gatherPadded(0, source, type: values.type)
    }

    /// Each sorted position's frame, as a range of sorted positions.
    func frames(_ frame: WindowFrame?, ordered: Bool) -> [(Int, Int)] {
        let n = sorted.count
        return (0..<n).map { i -> (Int, Int) in
            let (ps, pe) = (partitionStart[i], partitionEnd[i])
            guard let frame else { return ordered ? (ps, peerEnd[i]) : (ps, pe) }
            func position(_ bound: WindowFrame.Bound, end: Bool) -> Int {
                let shift = end ? 1 : 0
                switch bound {
                case .unboundedPreceding: return ps
                case .unboundedFollowing: return pe
                case .currentRow: return i + shift
                case .preceding(let k): return min(pe, max(ps, i - min(k, n) + shift))
                case .following(let k): return min(pe, max(ps, i + min(k, n) + shift))
                }
            }
            let s = position(frame.start, end: false)
            return (s, max(s, position(frame.end, end: true)))
        }
    }
}

extension ColumnVector {
    /// This vector's value, or `other`'s where `useOther` is true (both of one type).
    func choosing(_ other: ColumnVector, where useOther: [Bool]) -> ColumnVector {
        func choose<T>(_ a: Column<T>, _ b: Column<T>) -> Column<T> {
            var result = a
            for i in useOther.indices where useOther[i] {
                result.values[i] = b.values[i]
                result.valid[i] = b.valid[i]
            }
            return result
        }
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return .integer(choose(a, b))
        case (.decimal(let a), .decimal(let b)): return .decimal(choose(a, b))
        case (.text(let a), .text(let b)): return .text(choose(a, b))
        case (.bool(let a), .bool(let b)): return .bool(choose(a, b))
        default: return self
        }
    }

    var type: ValueType {
        switch self {
        case .integer: return .integer
        case .decimal: return .decimal
        case .text: return .text
        case .bool: return .bool
        }
    }
}
