import ReportModel

/// Walks the grid rows once and finds the tables by their headings, column headers and row labels.
///
/// The table being read is the one named by the last marker seen: a section heading (二/三/四, or
/// 一/五/六 which end any table), a column header row, or — for table 三, whose heading may be lost
/// (report 001) — a row with a table 三 label and exactly seven figures. `Sections` adds its section
/// starts as markers and its ranges for image markers. Text-only rows collect as the label of the next
/// data row (labels broken over lines, report 004); a data row clears them. A table printed in pieces
/// (page breaks with the column headers repeated or lost, page numbers, running page titles between
/// them) is read as one: rows are found by their labels wherever they are, and table 三's repeated
/// headers do not drop a label waiting for its figures on the next page.
struct TableLocator {
    private(set) var found = LocatedTables()
    private var state: TableKind?
    /// The table section an image marker belongs to (from the last heading).
    private var region: TableKind?
    private var pending: [Unicode.Scalar] = []
    private var reviewBuffer: [GridCell] = []
    private var hints: [(index: Int, section: Int)]
    private var nextHint = 0
    private let hintRanges: [(TableKind, Range<Int>)]

    static let requestCells = ApplicantColumn.printed.count
    static let reviewCells = ReviewBlock.printed.count * ReviewOutcome.allCases.count
    private static let pendingLimit = 120

    init(rows: [GridRow], sections: Sections) {
        var hints: [(index: Int, section: Int)] = []
        var ranges: [(TableKind, Range<Int>)] = []
        for (offset, range) in sections.ranges.enumerated() {
            guard let range else { continue }
            hints.append((range.lowerBound, offset + 1))
            if let table = TableHeadings.table(ofSection: offset + 1) { ranges.append((table, range)) }
        }
        self.hints = hints.sorted { $0.index < $1.index }
        self.hintRanges = ranges
        for row in rows {
            visit(row)
            // A row of figures that opened another table is that table's; any other row that ended the table
            // (its last figures, or a heading sharing a line with its last row) is read with it.
            let ownsRow = (state ?? region) != nil && row.hasData
            trackSpan(at: row.line, through: ownsRow ? row.line - 1 : row.cells.reduce(row.line) { max($0, $1.line) })
        }
        trackSpan(at: Int.max, through: Int.max)
        flushReview()
    }

    /// The table being read since which line.
    private var spanStart: (table: TableKind, line: Int)?

    /// Closes the span of the table read so far when another one (or none) is read after the row at
    /// `line`…`last`: the row's lines are read too (it may end the table, or share a line with the table's
    /// last row).
    private mutating func trackSpan(at line: Int, through last: Int) {
        // After table 四's figures the table's section goes on (its last figure may follow them).
        let current = state ?? region
        if let open = spanStart, open.table == current, line != Int.max { return }
        if let open = spanStart, last >= open.line {
            found.spans[open.table, default: []].append(open.line..<(last == Int.max ? last : last + 1))
        }
        spanStart = current.map { ($0, line) }
    }

    private mutating func visit(_ row: GridRow) {
        while nextHint < hints.count, hints[nextHint].index <= row.index {
            enter(section: hints[nextHint].section, line: row.line)
            nextHint += 1
        }
        if !row.hasData {
            if let section = TableHeadings.section(of: row.label) {
                enter(section: section, line: row.line)
                noteImage(row)
                return
            }
            noteImage(row)
            if let table = TableHeadings.header(of: row.label) {
                header(table, row: row)
            } else {
                noteLabel(row)
                pending.append(contentsOf: row.label)
                if pending.count > Self.pendingLimit { pending.removeFirst(pending.count - Self.pendingLimit) }
            }
            return
        }
        noteImage(row)
        if isPageNumber(row) { return }
        let label = pending + row.label
        let fromPieces = !pending.isEmpty
        pending.removeAll(keepingCapacity: true)
        read(row, label: label, fromPieces: fromPieces)
    }

    /// A PDF page number ("- 3 -", or in table 三 a bare figure or two between a label and its figures) is
    /// not a row: the label before it waits for its figures.
    private func isPageNumber(_ row: GridRow) -> Bool {
        guard row.label.isEmpty else { return false }
        let cells = row.cells
        if cells.count == 3, cells[0].isBlank, !cells[1].isBlank, cells[2].isBlank { return true }
        return state == .requests && !pending.isEmpty && cells.filter { !$0.isBlank }.count <= 2
    }

    private mutating func enter(section: Int, line: Int) {
        flushReview()
        state = TableHeadings.table(ofSection: section)
        region = state
        pending.removeAll(keepingCapacity: true)
        if let state { found.noteStart(state, line: line) }
    }

    private mutating func header(_ table: TableKind, row: GridRow) {
        if table != state {
            flushReview()
            state = table
        }
        found.noteSeen(table, line: row.line)
        if table == .proactive, let template = TableHeadings.proactiveTemplate(of: row.label),
           found.proactiveHeadings[template] == nil {
            found.proactiveHeadings[template] = row.line
        }
        // Table 三's headers repeated after a page break: a label at the foot of the page before them still
        // waits for its figures.
        if table == .requests, !found.requests.isEmpty { return }
        pending.removeAll(keepingCapacity: true)
    }

    /// A text-only row inside table 二 or 三 that names one of its rows shows the table is there.
    private mutating func noteLabel(_ row: GridRow) {
        guard let state, found.seenLine[state] == nil else { return }
        switch state {
        case .proactive: if TableRowKeys.proactive.match(row.label) != nil { found.noteSeen(.proactive, line: row.line) }
        case .requests: if TableRowKeys.requests.match(row.label) != nil { found.noteSeen(.requests, line: row.line) }
        case .review: if TableHeadings.isReviewHeader(row.label) { found.noteSeen(.review, line: row.line) }
        }
    }

    private mutating func noteImage(_ row: GridRow) {
        guard row.hasImage else { return }
        if let region, found.imageLine[region] == nil { found.imageLine[region] = row.line }
        for (table, range) in hintRanges where range.contains(row.index) && found.imageLine[table] == nil {
            found.imageLine[table] = row.line
        }
    }

    private mutating func read(_ row: GridRow, label: [Unicode.Scalar], fromPieces: Bool) {
        if state == .review {
            readReview(row)
            return
        }
        if state == .proactive, let template = TableHeadings.proactiveTemplate(of: label),
           found.proactiveHeadings[template] == nil {
            found.proactiveHeadings[template] = row.line
        }
        if state == .proactive, let item = TableRowKeys.proactive.match(label) {
            if let warning = Self.store(item, row, in: &found.proactive, table: .proactive, name: item.label) {
                found.warnings.append(warning)
            }
            return
        }
        let fitsRequests = GridRow.couldFit(row.cells, to: Self.requestCells)
        if let item = TableRowKeys.requests.match(label) {
            guard state == .requests || fitsRequests else { return }
            if state != .requests {
                state = .requests
                found.noteStart(.requests, line: row.line)
            }
            let ownLabel = TableRowKeys.requests.match(row.label) == item
            if fromPieces, !ownLabel, let other = TableRowKeys.requests.earlierRow(label, where: { $0 != item && !$0.isDerived }) {
                found.warnings.append("table 三: the figures at line \(row.line) follow the labels of two rows, \(other.label) and \(item.label); whose they are is not known, skipped")
                return
            }
            if let warning = Self.store(item, row, in: &found.requests, table: .requests, name: item.label) {
                found.warnings.append(warning)
            } else if fromPieces, !ownLabel {
                // Only the label's earlier pieces name the row.
                found.requests[item]?.fromPieces = true
            }
        } else if state == .requests, fitsRequests {
            found.warnings.append("table 三: a row of figures at line \(row.line) has no known label; skipped")
        } else if state == .proactive, !label.isEmpty {
            found.warnings.append("table 二: row '\(label.string)' at line \(row.line) not recognised; skipped")
        }
    }

    /// Keeps the first row printed under a label; a warning for a second one.
    private static func store<Row: Hashable>(
        _ item: Row, _ row: GridRow, in rows: inout [Row: MatchedRow], table: TableKind, name: String
    ) -> String? {
        if rows[item] != nil { return "\(table.title): row \(name) printed twice (line \(row.line)); the first one is kept" }
        rows[item] = MatchedRow(cells: row.cells, line: row.line, columns: row.columns)
        return nil
    }

    /// Table 四: one row of 15 figures (which replaces any stray figures before it), or several label-less
    /// rows adding up to 15.
    private mutating func readReview(_ row: GridRow) {
        if GridRow.glued(row.cells) != nil {
            // Web text: the 15 figures in one run after the column headers (the reader splits it).
            guard row.label.isEmpty || TableHeadings.isReviewHeader(row.label) else { return }
            reviewBuffer.removeAll()
            found.noteStart(.review, line: row.line)
            found.review = row.cells
            state = nil
            return
        }
        if !GridRow.fittings(row.cells, to: Self.reviewCells).isEmpty {
            reviewBuffer = row.cells
        } else if row.label.isEmpty || TableHeadings.isReviewHeader(row.label) {
            reviewBuffer.append(contentsOf: row.cells)
        } else {
            reviewBuffer.removeAll()
            return
        }
        guard reviewBuffer.count >= Self.reviewCells else { return }
        found.noteStart(.review, line: row.line)
        if let cells = GridRow.fit(reviewBuffer, to: Self.reviewCells) {
            found.review = cells
        } else {
            let count = GridRow.trimmed(reviewBuffer).count
            found.reviewProblem = count == Self.reviewCells
                ? "table 四 (line \(row.line)): blank cells at both ends, their columns are uncertain; left null"
                : "table 四: \(count) cells where 15 were expected (line \(row.line)); left null"
        }
        reviewBuffer.removeAll()
        state = nil
    }

    private mutating func flushReview() {
        defer { reviewBuffer.removeAll() }
        let count = GridRow.trimmed(reviewBuffer).count
        guard count >= 5, found.review == nil, found.reviewProblem == nil, let line = reviewBuffer.first?.line else {
            return
        }
        found.noteStart(.review, line: line)
        found.reviewProblem = "table 四: \(count) cells where 15 were expected (line \(line)); left null"
    }
}
