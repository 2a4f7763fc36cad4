/// A table read from a document (HTML `<table>`, Word `w:tbl`), before it is rendered as canonical
/// text lines. Rows hold the cells as the document declares them; spans are expanded by `SpanGrid`.
struct TableNode: Sendable {
    /// Text met inside the table but outside any cell (a caption, stray text), shown before the rows.
    var leading: [FlowItem] = []
    var rows: [[TableCell]] = []
}

/// One cell as declared: its content and how many grid columns and rows it covers.
struct TableCell: Sendable {
    var content: [FlowItem] = []
    var colspan = 1
    var rowspan = 1
    /// A Word vertical-merge continuation cell: it prints nothing of its own (its column is covered by
    /// the cell above), so its text, if any, is dropped.
    var isContinuation = false

    /// The cell's lines joined into one cell text (nested tables contribute their lines).
    var text: String {
        var lines: [String] = []
        FlowItem.collectLines(content, into: &lines)
        return TextNormalization.joinCellLines(lines)
    }

    var containsTable: Bool {
        content.contains { if case .table = $0 { true } else { false } }
    }
}

/// A piece of flowing content: a finished line of text, or a table.
enum FlowItem: Sendable {
    case line(String)
    indirect case table(TableNode)

    /// Every line of `items`, a table's cells flattened one per line.
    static func collectLines(_ items: [FlowItem], into lines: inout [String]) {
        for item in items {
            switch item {
            case .line(let text):
                lines.append(text)
            case .table(let table):
                collectLines(table.leading, into: &lines)
                for row in table.rows {
                    for cell in row where !cell.isContinuation {
                        collectLines(cell.content, into: &lines)
                    }
                }
            }
        }
    }
}
