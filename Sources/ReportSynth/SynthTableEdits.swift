/// The edits that turn a complete synthetic table into the hazards of real reports: rows left out,
/// blank cells, and a figure changed so that the sums no longer hold.
extension SynthTable {
    var dataRowIndices: [Int] { rows.indices.filter { !rows[$0].isHeader } }

    /// Leaves out the data rows at `drop`, and in table 二 the headers of a 第二十条 block left empty.
    mutating func dropRows(_ drop: Set<Int>) {
        var blocks: [[(index: Int, row: SynthRow)]] = [[]]
        for (i, row) in rows.enumerated() {
            if row.isHeader, row.cells.first?.text.hasPrefix("第二十条") == true { blocks.append([]) }
            blocks[blocks.count - 1].append((i, row))
        }
        rows = blocks.flatMap { block -> [SynthRow] in
            let kept = block.filter { !drop.contains($0.index) }.map(\.row)
            let hadData = block.contains { !$0.row.isHeader }
            return hadData && kept.allSatisfy(\.isHeader) ? [] : kept
        }
    }

    /// Leaves out all header rows (a table printed as bare rows, report 001's table 三).
    mutating func dropHeaders() {
        rows.removeAll(where: \.isHeader)
    }

    /// Blanks up to `count` figure cells, never the last figure of a row; with `keepLast`, never a row's
    /// last cell (one-cell-per-line text without blank lines cannot show a blank there).
    mutating func blankCells(_ count: Int, keepLast: Bool = false, _ rng: inout SplitMix64) {
        for _ in 0..<count {
            let candidates = dataRowIndices.filter { i in rows[i].cells.filter { $0.field != nil && !$0.isBlank }.count > 1 }
            guard !candidates.isEmpty else { return }
            let r = rng.pick(candidates)
            let last = rows[r].cells.count - 1
            let cells = rows[r].cells.indices.filter {
                rows[r].cells[$0].field != nil && !rows[r].cells[$0].isBlank && !(keepLast && $0 == last)
            }
            guard !cells.isEmpty else { continue }
            let c = rng.pick(cells)
            rows[r].cells[c].text = ""
            rows[r].cells[c].value = .null
        }
    }

    /// Adds 1 or 2 to one printed figure, so that a check fails; false when there is no figure to change.
    @discardableResult
    mutating func perturb(_ rng: inout SplitMix64) -> Bool {
        var places: [(Int, Int)] = []
        for r in dataRowIndices {
            for (c, cell) in rows[r].cells.enumerated() where cell.field != nil && cell.value.intValue != nil {
                places.append((r, c))
            }
        }
        guard !places.isEmpty else { return false }
        let (r, c) = rng.pick(places)
        let value = rows[r].cells[c].value.intValue! + rng.int(1...2)
        rows[r].cells[c].value = .integer(value)
        rows[r].cells[c].text = String(value)
        return true
    }
}
