/// Turns a report's lines into layout-neutral rows (`GridRow`), whatever the table layout:
/// - a line with several tab-separated cells is one row (layout a, report 001);
/// - lines holding one tab-led cell each, up to a blank line, are one row; an untabbed line after a label
///   cell continues that label (layout b, Word export, report 003);
/// - a `| … | … |` line (outer pipes optional on short lines) is one row; `|---|` separators are skipped
///   (layout d, Markdown);
/// - any other line is one row whose trailing space-separated figures are its cells and whose text before
///   them is its label (layout c, PDF-flowed text, report 004; also every narrative line).
/// - a line of web text whose table rows and cells are glued together is cut into rows by `GluedLine`.
/// Within a row, a label cell that follows a number starts a new row. Linear in the text.
struct TableGrid {
    private(set) var rows: [GridRow] = []
    private var current: GridRow?
    /// Inside a run of one-cell lines (layout b).
    private var cellBlock = false
    /// The last cell of the run was a label (an untabbed line continues it).
    private var lastCellWasText = false
    /// Scratch storage reused from line to line and cell to cell (no allocation per line).
    private var lineBuffer: [Unicode.Scalar] = []
    private var cellBuffer: [Unicode.Scalar] = []
    /// The number of columns of the tab or pipe line being read (-1 in other layouts).
    private var lineColumns = -1

    init(lines: [SourceLine]) {
        rows.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            add(line, index: index)
        }
        finishRow()
    }

    /// Lines longer than this (in UTF-8 bytes) without tabs or pipes are prose: only their end can hold
    /// figures or a row label, so only their last `proseTail` scalars are read.
    private static let longLine = 600
    private static let proseTail = 160

    private mutating func add(_ line: SourceLine, index: Int) {
        let utf8 = line.text.utf8
        if utf8.count > Self.longLine, !utf8.contains(UInt8(ascii: "\t")), !utf8.contains(UInt8(ascii: "|")) {
            endBlock()
            var scalars: [Unicode.Scalar] = []
            ScalarDecoding.append(line.text, to: &scalars)
            if addGlued(scalars, line: line.number, index: index) { return }
            let tail = Array(line.text.unicodeScalars.suffix(Self.proseTail))
            addPlainLine(tail, line: line.number, index: index, image: Self.hasImageMarker(utf8))
            return
        }
        var scalars: [Unicode.Scalar] = []
        swap(&scalars, &lineBuffer)
        defer {
            scalars.removeAll(keepingCapacity: true)
            swap(&scalars, &lineBuffer)
        }
        ScalarDecoding.append(line.text, to: &scalars)
        let tabs = scalars.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) }
        let first = scalars.firstIndex(where: { !LabelText.isSpace($0) && $0 != "\r" })
        if first == nil, tabs == 0 || tabs > 1 || scalars[0] != "\t" {
            finishRow()
            cellBlock = false
            return
        }
        if let first, tabs == 0, scalars[first] == "|" || (scalars.count <= 200 && scalars.contains("|")) {
            endBlock()
            addPipeLine(scalars[first...], line: line.number, index: index)
            return
        }
        if tabs == 1, scalars[0] == "\t" {
            if !cellBlock { finishRow() }
            cellBlock = true
            addCell(scalars[1...], line: line.number, index: index)
        } else if tabs > 0 {
            endBlock()
            lineColumns = tabs + 1
            for (column, cell) in scalars.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                addCell(cell, line: line.number, index: index, column: column)
            }
            finishRow()
            lineColumns = -1
        } else if cellBlock, lastCellWasText, !isHeading(scalars[...]) {
            addCell(scalars[...], line: line.number, index: index)
        } else {
            endBlock()
            if !addGlued(scalars, line: line.number, index: index) { addPlainLine(scalars, line: line.number, index: index) }
        }
    }

    /// Web text with table rows glued together (`GluedLine`): its rows; false for any other line.
    private mutating func addGlued(_ scalars: [Unicode.Scalar], line: Int, index: Int) -> Bool {
        guard let glued = GluedLine.rows(scalars, line: line, index: index) else { return false }
        finishRow()
        glued.forEach { emit($0) }
        return true
    }

    private mutating func endBlock() {
        if cellBlock {
            finishRow()
            cellBlock = false
        }
    }

    private func isHeading(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var folded: [Unicode.Scalar] = []
        LabelText.fold(scalars, into: &folded)
        return TableHeadings.section(of: folded) != nil
    }

    /// `| a | b |` (outer pipes optional): the cells between the pipes; a `|---|:--|` line adds nothing.
    private mutating func addPipeLine(_ scalars: ArraySlice<Unicode.Scalar>, line: Int, index: Int) {
        var pieces = scalars.split(separator: "|", omittingEmptySubsequences: false)
        let outer: (ArraySlice<Unicode.Scalar>) -> Bool = { $0.allSatisfy { LabelText.isSpace($0) || $0 == "\r" } }
        if let head = pieces.first, outer(head) { pieces.removeFirst() }
        if let last = pieces.last, outer(last) { pieces.removeLast() }
        let isSeparator = pieces.allSatisfy { piece in
            piece.contains("-") && piece.allSatisfy { $0 == "-" || $0 == ":" || LabelText.isSpace($0) }
        }
        if isSeparator { return }
        finishRow()
        lineColumns = pieces.count
        for (column, piece) in pieces.enumerated() { addCell(piece, line: line, index: index, column: column) }
        finishRow()
        lineColumns = -1
    }

    private static let imageMarker = Array("[image:".utf8)

    private static func hasImageMarker(_ utf8: String.UTF8View) -> Bool {
        var matched = 0
        for byte in utf8 {
            matched = byte == imageMarker[matched] ? matched + 1 : (byte == imageMarker[0] ? 1 : 0)
            if matched == imageMarker.count { return true }
        }
        return false
    }

    /// A flowed line: trailing whitespace-separated figures are cells, the text before them the label.
    private mutating func addPlainLine(_ scalars: [Unicode.Scalar], line: Int, index: Int, image: Bool = false) {
        finishRow()
        var cells: [GridCell] = []
        var end = scalars.count
        var folded: [Unicode.Scalar] = []
        while true {
            while end > 0, LabelText.isSpace(scalars[end - 1]) || scalars[end - 1] == "\r" { end -= 1 }
            var start = end
            while start > 0, !LabelText.isSpace(scalars[start - 1]) { start -= 1 }
            guard start < end else { break }
            folded.removeAll(keepingCapacity: true)
            if scalars[start..<end].contains("]") { break }
            LabelText.fold(scalars[start..<end], into: &folded)
            let kind = GridCell.classify(folded[...])
            if kind == .text { break }
            cells.append(GridCell(kind: kind, line: line))
            end = start
        }
        var row = GridRow(line: line, index: index)
        row.hasImage = LabelText.fold(scalars[0..<end], into: &row.label) || image
        row.cells = cells.reversed()
        emit(row)
    }

    /// One cell of a tab, pipe or one-cell-per-line row. Blank cells between a row's figures and the next
    /// label belong to that label's row (merged label columns, report 003), not to the figures.
    private mutating func addCell(_ raw: ArraySlice<Unicode.Scalar>, line: Int, index: Int, column: Int = -1) {
        var folded: [Unicode.Scalar] = []
        swap(&folded, &cellBuffer)
        defer {
            folded.removeAll(keepingCapacity: true)
            swap(&folded, &cellBuffer)
        }
        let hasImage = LabelText.fold(raw, into: &folded)
        var kind = GridCell.classify(folded[...])
        if case .number = kind, Self.hasSpaceBetweenDigits(raw) { kind = .unreadable(String(String.UnicodeScalarView(raw))) }
        if current == nil { current = newRow(line: line, index: index) }
        if hasImage { current!.hasImage = true }
        if kind == .text {
            if current!.hasData {
                while current!.cells.last?.isBlank == true { current!.cells.removeLast() }
                finishRow()
                current = newRow(line: line, index: index)
            } else {
                current!.cells.removeAll()
            }
            current!.label.append(contentsOf: folded)
            lastCellWasText = true
        } else {
            current!.cells.append(GridCell(kind: kind, line: line, column: column))
            lastCellWasText = false
        }
    }

    /// "1 2" in one cell is two figures, not 12 (text inside `[…]` markers aside).
    private static func hasSpaceBetweenDigits(_ raw: ArraySlice<Unicode.Scalar>) -> Bool {
        var sawDigit = false
        var spaceAfterDigit = false
        var inMarker = false
        for s in raw {
            if inMarker {
                inMarker = s != "]"
            } else if s == "[" {
                inMarker = true
            } else if let folded = LabelText.fold(s), ("0"..."9").contains(folded) {
                if spaceAfterDigit { return true }
                sawDigit = true
            } else if LabelText.isSpace(s) {
                spaceAfterDigit = sawDigit
            }
        }
        return false
    }

    private func newRow(line: Int, index: Int) -> GridRow {
        var row = GridRow(line: line, index: index)
        row.columns = lineColumns
        return row
    }

    private mutating func finishRow() {
        if let row = current { emit(row) }
        current = nil
        lastCellWasText = false
    }

    private mutating func emit(_ row: GridRow) {
        if !row.isEmpty { rows.append(row) }
    }
}
