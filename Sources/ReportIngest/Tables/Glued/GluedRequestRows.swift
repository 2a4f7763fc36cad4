import ReportModel

/// Splits the glued rows of table 三 together. Each row alone: its only split into seven cells is taken
/// as printed; where it has several, only those whose six applicant columns add up to 总计 remain
/// (candidates). The candidates are then combined, and a combination counts only when every column sum
/// the template prints holds that involves a candidate and whose other cells are known: 一 + 二 =
/// （七）+ 四 and （七）= the sum of the outcome rows. A candidate row is read when every such combination
/// gives it the same cells; else it stays null with the reason.
struct GluedRequestRows {
    /// More combinations than this are not tried: the candidate rows are left null.
    static let combinationLimit = 100_000

    /// The cells of each row read (in `ApplicantColumn.printed` order).
    private(set) var values: [RequestRow: [Int]] = [:]
    /// Why each row left null was left so.
    private(set) var problems: [RequestRow: String] = [:]

    /// - Parameters:
    ///   - runs: the glued rows.
    ///   - known: the cells of the rows read from separate cells (nil where blank or unread).
    ///   - outcomes: the rows whose sum is （七）总计 in this template.
    init(runs: [RequestRow: GluedRun], known: [RequestRow: [Int?]], outcomes: [RequestRow]) {
        var fixed = known
        var candidates: [(row: RequestRow, run: GluedRun, splits: [[Int]])] = []
        for row in RequestRow.allCases {
            guard let run = runs[row] else { continue }
            let width = ApplicantColumn.printed.count
            let structural = GluedSplits.count(run, into: width, limit: GluedCells.limit + 1)
            if structural == 0 {
                problems[row] = GluedCells.cannotSplit(run, width)
            } else if structural == 1, let split = GluedSplits.all(run, into: width, limit: 1)?.first {
                values[row] = split
                fixed[row] = split.map(Optional.some)
            } else if structural > GluedCells.limit {
                problems[row] = GluedCells.splitWays(run, structural)
            } else if let splits = GluedSplits.all(run, into: width, sums: .requestRow, limit: GluedCells.limit), !splits.isEmpty {
                candidates.append((row, run, splits))
            } else {
                problems[row] = GluedCells.noneAddsUp(run)
            }
        }
        guard !candidates.isEmpty else { return }
        let sums = ColumnSums(outcomes: outcomes, fixed: fixed, candidates: Set(candidates.map(\.row)))
        let size = candidates.reduce(1) { $0 > Self.combinationLimit ? $0 : $0 * $1.splits.count }
        guard size <= Self.combinationLimit else {
            for c in candidates { problems[c.row] = "digits \(c.run.text): too many combinations with other rows; left null" }
            return
        }
        var seen = Array(repeating: Set<Int>(), count: candidates.count)
        var choice = Array(repeating: 0, count: candidates.count)
        var solutions = 0
        func walk(_ k: Int) {
            if k == candidates.count {
                var assigned = fixed
                for (i, c) in candidates.enumerated() { assigned[c.row] = c.splits[choice[i]].map(Optional.some) }
                guard sums.hold(assigned) else { return }
                solutions += 1
                for i in candidates.indices { seen[i].insert(choice[i]) }
                return
            }
            for option in candidates[k].splits.indices {
                choice[k] = option
                walk(k + 1)
            }
        }
        walk(0)
        for (i, c) in candidates.enumerated() {
            if solutions == 0 {
                problems[c.row] = "digits \(c.run.text): no split fits the table's column sums; left null"
            } else if seen[i].count == 1, let only = seen[i].first {
                values[c.row] = c.splits[only]
            } else {
                problems[c.row] = GluedCells.splitWays(c.run, seen[i].count)
            }
        }
    }
}
