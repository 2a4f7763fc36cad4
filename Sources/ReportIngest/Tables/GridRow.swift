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

    init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    /// A row with at least one number or unreadable figure (a row of blanks reads as text only).
    var hasData: Bool { cells.contains { !$0.isBlank } }

    var isEmpty: Bool { label.isEmpty && cells.isEmpty && !hasImage }

    /// Cells fitted to `count`: surplus blank cells at the start (a merged label column) and at the end
    /// (padding) are dropped; nil when the row then still has another number of cells.
    static func fit(_ cells: [GridCell], to count: Int) -> [GridCell]? {
        var lower = 0
        var upper = cells.count
        while upper - lower > count, cells[lower].isBlank { lower += 1 }
        while upper - lower > count, cells[upper - 1].isBlank { upper -= 1 }
        return upper - lower == count ? Array(cells[lower..<upper]) : nil
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
