/// The equality part of a hash join once both sides' keys are numbered (`GroupIndex`: the right
/// side's keys first, so a left key numbered `hashed` or above is one the right side never has):
/// the right rows bucketed by key, in row order within a bucket, and the left rows probing them in
/// row order. The pairs are each left row's matches in right-row order, left rows in order.
///
/// The pairs are counted first (one pass over the left rows; too many is an error before any
/// memory is taken for them); on a large result the left rows are then cut into ranges
/// (`Morsels.parts`), and each range writes its pairs on its own thread into its own slice of the
/// two arrays, at the offset its rows' counts give — the same arrays as one thread writes.
struct JoinProbe {
    /// The right rows grouped by key: group g's rows are `bucket[starts[g] ..< starts[g + 1]]`.
    let starts: [Int]
    let bucket: [Int]
    let hashed: Int

    init(rightGroups: [Int], rightValid: [Bool], hashed: Int) {
        var starts = [Int](repeating: 0, count: hashed + 1)
        for r in rightGroups.indices where rightValid[r] { starts[rightGroups[r] + 1] += 1 }
        for g in 0..<hashed { starts[g + 1] += starts[g] }
        var next = starts
        var bucket = [Int](repeating: 0, count: starts[hashed])
        for r in rightGroups.indices where rightValid[r] {
            bucket[next[rightGroups[r]]] = r
            next[rightGroups[r]] += 1
        }
        (self.starts, self.bucket, self.hashed) = (starts, bucket, hashed)
    }

    /// Left row l's number of matches (0 without a key or without a right row of its key).
    @inline(__always)
    func matches(_ group: Int, valid: Bool) -> Int {
        valid && group < hashed ? starts[group + 1] - starts[group] : 0
    }

    /// The pairs (left rows, right rows), or nil when there would be more than `maximum`.
    /// `check` runs every 65,536 left rows while counting (cancellation).
    func pairs<E: Error>(
        leftGroups: [Int], leftValid: [Bool], maximum: Int, check: () throws(E) -> Void
    ) throws(E) -> (left: [Int], right: [Int])? {
        let ranges = Morsels.parts(of: leftGroups.count)
        // Where each range's pairs start.
        var offsets = [0]
        var total = 0
        for range in ranges {
            for l in range {
                total += matches(leftGroups[l], valid: leftValid[l])
                if l & 0xFFFF == 0 { try check() }
            }
            if total > maximum { return nil }
            offsets.append(total)
        }
        // One thread when the pairs are few, whatever the number of left rows.
        let parts = Morsels.splits(total) ? ranges.count : 1
        let split = parts == 1 ? [0..<leftGroups.count] : ranges
        let origins = parts == 1 ? [0] : offsets
        let left = DisjointSlices<Int>.filling(count: total, parts: parts) { slices, k in
            var at = origins[k]
            for l in split[k] {
                for _ in 0..<matches(leftGroups[l], valid: leftValid[l]) {
                    slices.initialize(at, to: l)
                    at += 1
                }
            }
        }
        let right = DisjointSlices<Int>.filling(count: total, parts: parts) { slices, k in
            var at = origins[k]
            for l in split[k] where matches(leftGroups[l], valid: leftValid[l]) > 0 {
                let g = leftGroups[l]
                for r in bucket[starts[g]..<starts[g + 1]] {
                    slices.initialize(at, to: r)
                    at += 1
                }
            }
        }
        return (left, right)
    }
}
