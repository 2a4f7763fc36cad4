/// Builds canonical text from the events of a document walk (HTML parser events, Word XML elements):
/// text, line breaks, and tables made of rows and cells.
///
/// Text goes to the innermost open cell; inside a table but outside any cell it goes to the table's
/// leading text (a caption, stray text), shown before the rows; otherwise to the document body.
/// Tables may nest up to `maximumTableDepth`; deeper tables are flattened into lines. Events out of
/// place (a cell outside any table, a cell not closed) are repaired, never fatal.
struct DocumentAssembler {
    static let maximumTableDepth = 32

    private struct OpenTable {
        var node = TableNode()
        var leading = TextFlow()
        var row: [TableCell]?
        var cell: TableCell?
        var cellFlow = TextFlow()
    }

    private var body = TextFlow()
    private var open: [OpenTable] = []
    /// Tables opened beyond the maximum depth, still open: their rows and cells only break lines.
    private var ignoredTables = 0

    mutating func append<S: StringProtocol>(_ text: S) {
        withCurrentFlow { flow, _ in flow.append(text) }
    }

    mutating func appendTab() {
        withCurrentFlow { flow, _ in flow.appendTab() }
    }

    mutating func breakLine() {
        withCurrentFlow { flow, inBody in flow.breakLine(tabsSeparateCells: inBody) }
    }

    mutating func beginTable() {
        breakLine()
        if ignoredTables > 0 || open.count >= Self.maximumTableDepth {
            ignoredTables += 1
        } else {
            open.append(OpenTable())
        }
    }

    mutating func endTable() {
        if ignoredTables > 0 {
            ignoredTables -= 1
            breakLine()
            return
        }
        guard !open.isEmpty else { return breakLine() }
        endRow()
        var finished = open.removeLast()
        finished.node.leading = finished.leading.finish(tabsSeparateCells: false)
        let table = finished.node
        withCurrentFlow { flow, inBody in flow.add(table, tabsSeparateCells: inBody) }
    }

    mutating func beginRow() {
        guard ignoredTables == 0, !open.isEmpty else { return breakLine() }
        endRow()
        open[open.count - 1].row = []
    }

    mutating func endRow() {
        guard ignoredTables == 0, !open.isEmpty else { return breakLine() }
        endCell()
        if let row = open[open.count - 1].row {
            open[open.count - 1].node.rows.append(row)
            open[open.count - 1].row = nil
        }
    }

    mutating func beginCell(colspan: Int = 1, rowspan: Int = 1) {
        guard ignoredTables == 0, !open.isEmpty else { return breakLine() }
        endCell()
        if open[open.count - 1].row == nil { open[open.count - 1].row = [] }
        open[open.count - 1].cell = TableCell(colspan: colspan, rowspan: rowspan)
    }

    /// Changes the columns the open cell covers (Word declares `w:gridSpan` after the cell starts).
    mutating func setCellColspan(_ colspan: Int) {
        guard ignoredTables == 0, !open.isEmpty else { return }
        open[open.count - 1].cell?.colspan = colspan
    }

    /// Marks the open cell as a vertical-merge continuation: it prints nothing.
    mutating func markCellContinuation() {
        guard ignoredTables == 0, !open.isEmpty else { return }
        open[open.count - 1].cell?.isContinuation = true
    }

    mutating func endCell() {
        guard ignoredTables == 0, !open.isEmpty else { return breakLine() }
        let index = open.count - 1
        guard var cell = open[index].cell else { return }
        cell.content = open[index].cellFlow.finish(tabsSeparateCells: false)
        open[index].cellFlow = TextFlow()
        open[index].cell = nil
        open[index].row?.append(cell)
    }

    /// The canonical text: one line per paragraph, one tab-separated line per table row. Tables
    /// still open are closed first.
    mutating func finish() -> String {
        ignoredTables = 0
        while !open.isEmpty { endTable() }
        let lines = TableTextWriter.lines(of: body.finish(tabsSeparateCells: true))
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Runs `update` on the flow text currently goes to; the flag says whether it is the document
    /// body (where hard tabs separate cells).
    private mutating func withCurrentFlow(_ update: (inout TextFlow, Bool) -> Void) {
        guard let index = open.indices.last else { return update(&body, true) }
        if open[index].cell != nil {
            update(&open[index].cellFlow, false)
        } else {
            update(&open[index].leading, false)
        }
    }
}
