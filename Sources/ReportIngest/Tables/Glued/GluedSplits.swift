/// The ways of reading a `GluedRun` as a given number of cells. A cell is a count of at most `maxDigits`
/// digits without a leading zero ("0" itself aside), or one 无; a decimal point makes the run unreadable
/// as counts. With `sums`, only splits whose groups add up (`SumGroups`) count.
///
/// Counting is dynamic programming over (position in the run, cells placed, running sum of the open
/// group), each state's count capped at the caller's limit: time is polynomial in the run's length —
/// at most `stateLimit` states of ten steps each, whatever the digits (the depth-first enumeration this
/// replaces took 8 s for 70 digits and minutes for 95). Listing the splits walks only into states that
/// complete, so it costs the number of splits listed times the cells. A run that would need more than
/// `stateLimit` states counts as `limit` ways (too many: the caller leaves it null).
enum GluedSplits {
    static let maxDigits = 9
    /// The most states one count may memoise.
    static let stateLimit = 200_000

    /// The number of splits into `count` cells (groups adding up when `sums` is given), up to `limit`.
    static func count(_ run: GluedRun, into count: Int, sums: SumGroups? = nil, limit: Int) -> Int {
        var counter = Counter(scalars: run.scalars, cells: count, sums: sums, cap: limit)
        let total = counter.ways(from: 0, cell: 0, sum: 0)
        return counter.overflowed ? limit : total
    }

    /// Every split into `count` cells (groups adding up when `sums` is given), in order of the first
    /// cell's length; nil when there are more than `limit`.
    static func all(_ run: GluedRun, into count: Int, sums: SumGroups? = nil, limit: Int) -> [[Int]]? {
        var counter = Counter(scalars: run.scalars, cells: count, sums: sums, cap: limit + 1)
        let total = counter.ways(from: 0, cell: 0, sum: 0)
        guard !counter.overflowed, total <= limit else { return nil }
        var splits: [[Int]] = []
        splits.reserveCapacity(total)
        var cells: [Int] = []
        counter.list(from: 0, sum: 0, cells: &cells) { splits.append($0) }
        return splits
    }

    /// The run read as one amount ("1044.27", "0", "0.5", 无): nil for a leading zero ("05"), a point at
    /// either end, two points or a 无 among digits.
    static func amount(_ run: GluedRun) -> Double? {
        let s = run.scalars
        if s == [GluedRun.zeroWord] { return 0 }
        guard let first = s.first, let last = s.last, first != ".", last != "." else { return nil }
        guard !s.contains(GluedRun.zeroWord), s.filter({ $0 == "." }).count <= 1 else { return nil }
        let integerDigits = s.prefix { $0 != "." }.count
        if first == "0", integerDigits > 1 { return nil }
        guard integerDigits <= 15 else { return nil }
        return Double(run.text)
    }

    /// The memoised count of the ways to finish a split from a state.
    private struct Counter {
        let scalars: [Unicode.Scalar]
        let cells: Int
        let sums: SumGroups?
        let cap: Int
        private var memo: [Int: Int] = [:]
        private(set) var overflowed = false

        init(scalars: [Unicode.Scalar], cells: Int, sums: SumGroups?, cap: Int) {
            self.scalars = scalars
            self.cells = cells
            self.sums = sums
            self.cap = max(cap, 1)
        }

        /// Splits of `scalars[p...]` into the cells after the first `cell`, the open group's cells so
        /// far adding to `sum`; capped at `cap`.
        mutating func ways(from p: Int, cell: Int, sum: Int) -> Int {
            if cell == cells { return p == scalars.count ? 1 : 0 }
            let remainingCells = cells - cell, remaining = scalars.count - p
            guard remaining >= remainingCells, remaining <= remainingCells * GluedSplits.maxDigits else { return 0 }
            let key = (sum * (cells + 1) + cell) * (scalars.count + 1) + p
            if let known = memo[key] { return known }
            guard !overflowed, memo.count < GluedSplits.stateLimit else {
                overflowed = true
                return cap
            }
            var total = 0
            for (value, end) in cellsStarting(at: p) {
                guard let next = running(sum, value, cell) else { continue }
                total = min(cap, total + ways(from: end, cell: cell + 1, sum: next))
                if total == cap { break }
            }
            memo[key] = total
            return total
        }

        /// Calls `visit` with every complete split, walking only into states that complete.
        mutating func list(from p: Int, sum: Int, cells placed: inout [Int], visit: ([Int]) -> Void) {
            let cell = placed.count
            if cell == cells {
                if p == scalars.count { visit(placed) }
                return
            }
            for (value, end) in cellsStarting(at: p) {
                guard let next = running(sum, value, cell), ways(from: end, cell: cell + 1, sum: next) > 0 else { continue }
                placed.append(value)
                list(from: end, sum: next, cells: &placed, visit: visit)
                placed.removeLast()
            }
        }

        private func running(_ sum: Int, _ value: Int, _ cell: Int) -> Int? {
            guard let sums else { return 0 }
            return sums.running(after: sum, placing: value, cell: cell)
        }

        /// The cells that can start at `p`, with where each ends: 0 or 无 alone, else 1 … 9 digits.
        private func cellsStarting(at p: Int) -> [(value: Int, end: Int)] {
            let first = scalars[p]
            if first == GluedRun.zeroWord || first == "0" { return [(0, p + 1)] }
            var result: [(value: Int, end: Int)] = []
            var value = 0
            var end = p
            while end < scalars.count, end - p < GluedSplits.maxDigits, let digit = Self.digit(scalars[end]) {
                value = value * 10 + digit
                end += 1
                result.append((value, end))
            }
            return result
        }

        private static func digit(_ s: Unicode.Scalar) -> Int? {
            s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
        }
    }
}
