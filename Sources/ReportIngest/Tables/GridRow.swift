/// One logical table row, the same whatever the layout: the folded text of its label cells and the data
/// cells after them. Text-only rows (headings, column headers, label fragments) have no data cells.
struct GridRow: Sendable {
    /// Folded text of the row's text cells, in order ("(七)总计", "三、本年度办理结果(一)予以公开").
    var label: [Unicode.Scalar] = []
    /// The cells after the label: numbers, unreadable figures and blanks.
    var cells: [GridCell] = []
    /// 1-based line number where the row starts.
    var line: Int
    /// Index of that line in the report's line array (the unit of `Sections`).
    var index: Int
    /// The row holds an `[image: …]` marker.
    var hasImage = false
    /// The number of columns of its tab or pipe line (-1 in other layouts).
    var columns = -1

    init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    /// A row with at least one number or unreadable figure (a row of blanks reads as text only).
    var hasData: Bool { cells.contains { !$0.isBlank } }

    var isEmpty: Bool { label.isEmpty && cells.isEmpty && !hasImage }

    /// Every way of dropping surplus blank cells at the two ends (a merged label column before the
    /// figures, padding after them) so that `count` cells are left, as ranges of `cells`.
    static func fittings(_ cells: [GridCell], to count: Int) -> [Range<Int>] {
        let surplus = cells.count - count
        guard surplus >= 0 else { return [] }
        let leading = cells.prefix(while: \.isBlank).count
        let trailing = cells.reversed().prefix(while: \.isBlank).count
        guard surplus > 0 else { return [0..<cells.count] }
        return (0...min(leading, surplus)).compactMap { dropFront in
            surplus - dropFront <= trailing ? dropFront..<(cells.count - (surplus - dropFront)) : nil
        }
    }

    /// The cells fitted to `count`, or nil when they cannot be, or not in one way only: with blanks at
    /// both ends, the table column where figures start (`dataColumn`, from the table's other rows)
    /// decides; without it the row is ambiguous and reads as nothing.
    static func fit(_ cells: [GridCell], to count: Int, dataColumn: Int? = nil) -> [GridCell]? {
        let ranges = fittings(cells, to: count)
        guard let first = ranges.first else { return nil }
        let kinds = cells[first].map(\.kind)
        if ranges.dropFirst().allSatisfy({ cells[$0].map(\.kind) == kinds }) { return Array(cells[first]) }
        guard let dataColumn, let range = ranges.first(where: { cells[$0.lowerBound].column == dataColumn }) else {
            return nil
        }
        return Array(cells[range])
    }

    /// The table column where the row's figures start, when the row fits in one way only.
    static func dataColumn(_ cells: [GridCell], to count: Int) -> Int? {
        let ranges = fittings(cells, to: count)
        guard ranges.count == 1, let column = cells[ranges[0]].first?.column, column >= 0 else { return nil }
        return column
    }

    /// The table column where figures start, for each layout of a table's tab or pipe rows (the number of
    /// columns of their lines): the column every row of that layout that fits in one way only agrees on.
    /// A table printed in pieces may lay its pieces out differently (a group column in one, none in the
    /// next); a layout whose rows disagree, or that no row shows, has no entry.
    static func dataColumns(_ rows: [(cells: [GridCell], count: Int, columns: Int)]) -> [Int: Int] {
        var votes: [Int: Set<Int>] = [:]
        for row in rows where row.columns >= 0 {
            if let column = dataColumn(row.cells, to: row.count) { votes[row.columns, default: []].insert(column) }
        }
        return votes.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The row's one glued cell (web text), when its figures are printed as one run.
    static func glued(_ cells: [GridCell]) -> GridCell? {
        let data = trimmed(cells)
        guard data.count == 1, let cell = data.first, cell.gluedRun != nil else { return nil }
        return cell
    }

    /// The cells can be `count` cells: fitted, or split from one glued run long enough.
    static func couldFit(_ cells: [GridCell], to count: Int) -> Bool {
        if let run = glued(cells)?.gluedRun { return run.maxCells >= count }
        return !fittings(cells, to: count).isEmpty
    }

    /// The cells without any blank at either end (for telling 1-column from 3-column rows).
    static func trimmed(_ cells: [GridCell]) -> ArraySlice<GridCell> {
        var lower = 0
        var upper = cells.count
        while lower < upper, cells[lower].isBlank { lower += 1 }
        while upper > lower, cells[upper - 1].isBlank { upper -= 1 }
        return cells[lower..<upper]
    }
}
