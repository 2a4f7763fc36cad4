import ReportModel

/// Reads one located row: fits its cells to the template's width and parses each; nil (and a warning)
/// when the row cannot be read with confidence — then none of its cells is set.
enum RowReader {
    /// - Parameters:
    ///   - name: "table 三 row （一）予以公开", for warnings.
    ///   - sums: groups of cells that add up, which decide how a glued run (web text) splits.
    ///   - parse: reads cell `i`; nil skips a column the model does not keep.
    /// - Returns: the column index, value and line of every cell read; blank cells are counted in `blanks`.
    static func read(
        _ matched: MatchedRow, width: Int, dataColumn: Int?, name: String, blanks: inout Int,
        record: inout ReportRecord, sums: SumGroups? = nil, parse: (Int, GridCell) -> CellReading?
    ) -> [(column: Int, value: Value, line: Int)]? {
        var matched = matched
        if let glued = GridRow.glued(matched.cells), let run = glued.gluedRun {
            switch GluedCells.resolve(run, width: width, sums: sums) {
            case .cells(let numbers): matched.cells = numbers.map { GridCell(kind: .number($0), line: glued.line) }
            case .unresolved(let reason):
                record.warn("\(name) (line \(glued.line)): \(reason)")
                return nil
            }
        }
        guard let cells = GridRow.fit(matched.cells, to: width, dataColumn: dataColumn) else {
            if GridRow.fittings(matched.cells, to: width).isEmpty {
                let count = GridRow.trimmed(matched.cells).count
                record.warn("\(name) (line \(matched.line)): \(count) cells instead of \(width); left null")
            } else {
                record.warn("\(name) (line \(matched.line)): blank cells at both ends, their columns are uncertain; left null")
            }
            return nil
        }
        var values: [(column: Int, value: Value, line: Int)] = []
        var rowBlanks = 0
        for (i, cell) in cells.enumerated() {
            switch parse(i, cell) {
            case .value(let v)?: values.append((i, v, cell.line))
            case .blank?: rowBlanks += 1
            case .unreadable(let raw)?:
                record.warn("\(name) (line \(cell.line)): '\(raw)' is not a number; left null")
                return nil
            case .outOfRange(let raw)?:
                record.warn("\(name) (line \(cell.line)): \(FigureBounds.warning(raw))")
                return nil
            case nil: continue
            }
        }
        blanks += rowBlanks
        return values
    }

    static func warnBlanks(_ blanks: Int, table: TableKind, record: inout ReportRecord) {
        if blanks > 0 { record.warn("\(table.title): \(blanks) blank cell\(blanks == 1 ? "" : "s") read as null") }
    }
}
