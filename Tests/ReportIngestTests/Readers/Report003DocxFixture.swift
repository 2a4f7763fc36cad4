import Foundation

/// Report 003 as Word would have stored it: its paragraphs as `w:p`, its three tables as `w:tbl` whose
/// cells are the cells of the text report, merged the way the official template merges them.
///
/// Table 三: the three header rows are written by hand in the official layout; in each data row the last
/// label cell spans the label columns the row lacks (`w:gridSpan`), and an empty leading cell continues
/// the label above it (`w:vMerge`, the label's cell starting the merge).
enum Report003DocxFixture {
    typealias Cell = DocxFixture.Cell

    static func body(fromReport text: String) -> String {
        var xml = ""
        var tableIndex = 0
        for block in blocks(text) {
            switch block {
            case .paragraph(let line):
                xml += DocxFixture.paragraph(line)
            case .table(let rows):
                switch tableIndex {
                case 0: xml += DocxFixture.table(widened(rows))
                case 1: xml += DocxFixture.table(requestTable(rows))
                default: xml += DocxFixture.table(reviewTable(rows))
                }
                tableIndex += 1
            }
        }
        return xml
    }

    enum Block {
        case paragraph(String)
        case table([[String]])
    }

    /// The text report's blocks: paragraphs, and tables whose rows are groups of tab lines (a cell
    /// wrapped onto a line without a tab continues the cell).
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var rows: [[String]]?
        var previousBlank = false
        var previousCell = false
        func closeTable() {
            if let finished = rows { blocks.append(.table(finished)) }
            rows = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("\t") {
                if rows == nil { rows = [[]] } else if previousBlank { rows!.append([]) }
                rows![rows!.count - 1].append(String(line.dropFirst()))
                previousBlank = false
                previousCell = true
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                previousBlank = true
                previousCell = false
            } else if rows != nil && previousCell {
                let last = rows![rows!.count - 1].count - 1
                rows![rows!.count - 1][last] += "\n" + line
            } else {
                closeTable()
                blocks.append(.paragraph(line))
                previousBlank = false
                previousCell = false
            }
        }
        closeTable()
        return blocks
    }

    /// Rows padded to the widest: the last cell of a short row spans the missing columns.
    static func widened(_ rows: [[String]]) -> [[Cell]] {
        let width = rows.map(\.count).max() ?? 0
        return rows.map { row in
            var cells = row.map { Cell(text: $0) }
            cells[cells.count - 1].gridSpan = width - row.count + 1
            return cells
        }
    }

    static func requestTable(_ rows: [[String]]) -> [[Cell]] {
        let header = rows[0][0]
        var cells: [[Cell]] = [
            [Cell(text: header, gridSpan: 3, vMerge: .restart), Cell(text: "申请人情况", gridSpan: 7)],
            [Cell(text: "", gridSpan: 3, vMerge: .proceed), Cell(text: "自然人", vMerge: .restart),
             Cell(text: "法人或其他组织", gridSpan: 5), Cell(text: "总计", vMerge: .restart)],
            [Cell(text: "", gridSpan: 3, vMerge: .proceed), Cell(text: "", vMerge: .proceed)]
                + ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { Cell(text: $0) }
                + [Cell(text: "", vMerge: .proceed)],
        ]
        for row in rows.dropFirst(3) {
            let figures = row.reversed().prefix(while: { Int($0) != nil }).count
            var line = row.map { Cell(text: $0) }
            let labels = row.count - figures
            line[labels - 1].gridSpan = 3 - (labels - 1)
            for index in 0..<(labels - 1) where row[index].isEmpty { line[index].vMerge = .proceed }
            cells.append(line)
        }
        markMergeStarts(&cells)
        return cells
    }

    static func reviewTable(_ rows: [[String]]) -> [[Cell]] {
        let heads = rows[1].prefix(5).map { Cell(text: $0, vMerge: .restart) }
        return [
            [Cell(text: rows[0][0], gridSpan: 5), Cell(text: rows[0][1], gridSpan: 10)],
            heads + [Cell(text: rows[1][5], gridSpan: 5), Cell(text: rows[1][6], gridSpan: 5)],
            Array(repeating: Cell(text: "", vMerge: .proceed), count: 5) + rows[2].suffix(10).map { Cell(text: $0) },
            rows[3].map { Cell(text: $0) },
        ]
    }

    /// Marks as `restart` the cell above each continuation that starts in the same grid column.
    static func markMergeStarts(_ rows: inout [[Cell]]) {
        func startColumns(_ row: [Cell]) -> [Int] {
            var column = 0
            return row.map { cell in
                defer { column += cell.gridSpan }
                return column
            }
        }
        for r in rows.indices {
            for (index, column) in startColumns(rows[r]).enumerated() where rows[r][index].vMerge == .proceed {
                var above = r - 1
                while above >= 0 {
                    if let start = startColumns(rows[above]).firstIndex(of: column) {
                        if rows[above][start].vMerge == nil { rows[above][start].vMerge = .restart }
                        if rows[above][start].vMerge == .restart { break }
                    }
                    above -= 1
                }
            }
        }
    }
}
