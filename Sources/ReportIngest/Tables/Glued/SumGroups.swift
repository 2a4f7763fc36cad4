/// Cells in groups whose last cell is the sum of the others: a row of table 三 (six applicant columns
/// and 总计, groups of 7) or table 四 (four outcomes and 总计 per block, groups of 5).
struct SumGroups: Sendable {
    let size: Int

    static let requestRow = SumGroups(size: 7)
    static let reviewBlocks = SumGroups(size: 5)

    /// The rule one cell at a time, as `GluedSplits` walks a run: the running sum of the open group after
    /// placing `value` as cell `cell` of the row (0 once its group is complete), or nil when `value` is
    /// its group's total and is not the sum of the group's other cells.
    func running(after sum: Int, placing value: Int, cell: Int) -> Int? {
        guard cell % size == size - 1 else { return sum + value }
        return value == sum ? 0 : nil
    }
}
