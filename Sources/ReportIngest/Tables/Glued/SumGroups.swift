/// Cells in groups whose last cell is the sum of the others: a row of table 三 (six applicant columns
/// and 总计, groups of 7) or table 四 (four outcomes and 总计 per block, groups of 5).
struct SumGroups: Sendable {
    let size: Int

    static let requestRow = SumGroups(size: 7)
    static let reviewBlocks = SumGroups(size: 5)

    func holds(_ group: ArraySlice<Int>) -> Bool {
        guard let total = group.last else { return true }
        return group.dropLast().reduce(0, +) == total
    }
}
