/// Expands a table's declared cells into a grid, so every cell lands in its column.
///
/// Span rule (the same for HTML and Word): a cell covering several columns puts its text in the first
/// column it covers and an empty string in the others; a cell covering several rows puts its text in
/// its first row only, and the rows below get an empty string in the columns it covers. So numbers
/// stay under their column heading and no value is copied into a cell where the report does not
/// print it. A row is as wide as the last column it covers (its own cells, or spans from above); it is
/// not padded to the width of the widest row.
enum SpanGrid {
    /// Columns beyond this are dropped (HTML's own limit on colspan).
    static let maximumColumns = 1000
    /// HTML's own limit on rowspan.
    static let maximumRowspan = 65_534

    static func expand(_ rows: [[TableCell]]) -> [[String]] {
        var pending: [Int] = []  // per column: how many more rows a span from above covers
        var grid: [[String]] = []
        grid.reserveCapacity(rows.count)
        for row in rows {
            let covered = pending.map { $0 > 0 }
            var line: [String] = []
            var newSpans: [(column: Int, rows: Int)] = []
            var column = 0
            for cell in row {
                while column < covered.count && covered[column] { column += 1 }
                guard column < maximumColumns else { break }
                let width = min(max(cell.colspan, 1), maximumColumns - column)
                if line.count < column + width {
                    line.append(contentsOf: repeatElement("", count: column + width - line.count))
                }
                line[column] = cell.isContinuation ? "" : cell.text
                let height = min(max(cell.rowspan, 1), maximumRowspan)
                if height > 1 {
                    for spanned in column..<(column + width) { newSpans.append((spanned, height - 1)) }
                }
                column += width
            }
            let coveredWidth = (covered.lastIndex(of: true) ?? -1) + 1
            if line.count < coveredWidth {
                line.append(contentsOf: repeatElement("", count: coveredWidth - line.count))
            }
            for index in pending.indices where pending[index] > 0 { pending[index] -= 1 }
            for span in newSpans {
                if pending.count <= span.column {
                    pending.append(contentsOf: repeatElement(0, count: span.column + 1 - pending.count))
                }
                pending[span.column] = max(pending[span.column], span.rows)
            }
            grid.append(line)
        }
        return grid
    }
}
