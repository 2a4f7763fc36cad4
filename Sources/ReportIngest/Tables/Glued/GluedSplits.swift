/// The ways of reading a `GluedRun` as a given number of cells. A cell is a count of at most `maxDigits`
/// digits without a leading zero ("0" itself aside), or one 无; a decimal point makes the run unreadable
/// as counts. The enumeration is exhaustive (a run of n digits into k cells has at most C(n-1, k-1)
/// splits, a small number for table rows) and stops early when asked to.
enum GluedSplits {
    static let maxDigits = 9

    /// Calls `visit` with the cells of every split into `count` cells, in order, until it returns false.
    /// With `group` > 0, each complete group of `group` cells must pass `check` (pruned as soon as the
    /// group is complete: a row of table 三 is one group of 7, table 四 three groups of 5).
    static func enumerate(
        _ run: GluedRun, into count: Int, group: Int = 0, check: (ArraySlice<Int>) -> Bool = { _ in true },
        visit: ([Int]) -> Bool
    ) {
        var walk = Walk(scalars: run.scalars, count: count, group: group)
        _ = walk.next(from: 0, check: check, visit: visit)
    }

    /// The number of splits into `count` cells, counted up to `limit`.
    static func count(_ run: GluedRun, into count: Int, limit: Int) -> Int {
        var found = 0
        enumerate(run, into: count) { _ in
            found += 1
            return found < limit
        }
        return found
    }

    /// Every split into `count` cells whose groups pass `check`; nil when there are more than `limit`.
    static func all(
        _ run: GluedRun, into count: Int, group: Int = 0, check: (ArraySlice<Int>) -> Bool = { _ in true },
        limit: Int
    ) -> [[Int]]? {
        var splits: [[Int]] = []
        var overflow = false
        enumerate(run, into: count, group: group, check: check) { cells in
            if splits.count == limit {
                overflow = true
                return false
            }
            splits.append(cells)
            return true
        }
        return overflow ? nil : splits
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

    /// The depth-first walk over cut positions.
    private struct Walk {
        let scalars: [Unicode.Scalar]
        let count: Int
        let group: Int
        var cells: [Int] = []

        init(scalars: [Unicode.Scalar], count: Int, group: Int) {
            self.scalars = scalars
            self.count = count
            self.group = group
            cells.reserveCapacity(count)
        }

        /// False once `visit` asked to stop.
        mutating func next(from p: Int, check: (ArraySlice<Int>) -> Bool, visit: ([Int]) -> Bool) -> Bool {
            let remainingCells = count - cells.count
            let remaining = scalars.count - p
            if remainingCells == 0 { return remaining == 0 ? visit(cells) : true }
            guard remaining >= remainingCells, remaining <= remainingCells * GluedSplits.maxDigits else { return true }
            let first = scalars[p]
            if first == GluedRun.zeroWord || first == "0" {
                return place(0, next: p + 1, check: check, visit: visit)
            }
            var value = 0
            var end = p
            while end < scalars.count, end - p < GluedSplits.maxDigits, let digit = Self.digit(scalars[end]) {
                value = value * 10 + digit
                end += 1
                if !place(value, next: end, check: check, visit: visit) { return false }
            }
            return true
        }

        private mutating func place(
            _ value: Int, next p: Int, check: (ArraySlice<Int>) -> Bool, visit: ([Int]) -> Bool
        ) -> Bool {
            cells.append(value)
            defer { cells.removeLast() }
            if group > 0, cells.count % group == 0, !check(cells[(cells.count - group)...]) { return true }
            return next(from: p, check: check, visit: visit)
        }

        private static func digit(_ s: Unicode.Scalar) -> Int? {
            s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
        }
    }
}
