/// Renders flowing content as canonical text lines: a text line as itself; a data table as one line per
/// row, cells separated by tabs (spans expanded by `SpanGrid`; rows with no text are left out); a
/// layout table as the lines of its cells, in reading order.
///
/// A table is a layout table — a page or text frame, not figures — when a cell holds a nested table,
/// when it has a single column, or when a cell holds running text rather than a label or a figure
/// (five lines or more, or over 1000 characters; a one-paragraph footnote row does not count). Report
/// tables nested in a page layout table are thus still data tables.
enum TableTextWriter {
    /// A cell with this many lines or more is running text, not a table cell.
    static let layoutCellLines = 5
    /// A cell with more characters than this is running text, not a table cell.
    static let layoutCellCharacters = 1000

    static func lines(of items: [FlowItem]) -> [String] {
        var lines: [String] = []
        render(items, into: &lines)
        return lines
    }

    static func isLayout(_ table: TableNode) -> Bool {
        var columns = 0
        for row in table.rows {
            columns = max(columns, row.reduce(0) { $0 + max($1.colspan, 1) })
            for cell in row {
                if cell.containsTable { return true }
                var cellLines: [String] = []
                FlowItem.collectLines(cell.content, into: &cellLines)
                if cellLines.count >= layoutCellLines
                    || cellLines.reduce(0, { $0 + $1.count }) > layoutCellCharacters {
                    return true
                }
            }
        }
        return columns <= 1
    }

    private static func render(_ items: [FlowItem], into lines: inout [String]) {
        for item in items {
            switch item {
            case .line(let text):
                lines.append(text)
            case .table(let table):
                render(table.leading, into: &lines)
                if isLayout(table) {
                    for row in table.rows {
                        for cell in row where !cell.isContinuation { render(cell.content, into: &lines) }
                    }
                } else {
                    for row in SpanGrid.expand(table.rows) where row.contains(where: { !$0.isEmpty }) {
                        lines.append(row.joined(separator: "\t"))
                    }
                }
            }
        }
    }
}
