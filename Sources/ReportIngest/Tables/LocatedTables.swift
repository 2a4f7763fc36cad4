import ReportModel

/// A table row found by its label: its data cells as printed (not yet fitted to the template).
struct MatchedRow: Sendable {
    var cells: [GridCell]
    var line: Int
    /// The number of columns of its tab or pipe line (-1 in other layouts).
    var columns = -1
    /// Its label was put together from pieces on earlier lines, and only those name the row (PDF-flowed
    /// text, a label broken before its figures): an uncertain layout.
    var fromPieces = false
}

/// What `TableLocator` found in a report, before the figures are read: the rows of tables 二 and 三 by
/// label, the 15 cells of table 四, template hints, image markers, and what went wrong on the way.
struct LocatedTables: Sendable {
    var proactive: [ProactiveRow: MatchedRow] = [:]
    /// Templates shown by the column headings of table 二, with the first line showing each.
    var proactiveHeadings: [TableTemplate: Int] = [:]
    var requests: [RequestRow: MatchedRow] = [:]
    /// The 15 cells of table 四 in printed order, when they were found.
    var review: [GridCell]?
    /// Table 四 was there but its figures could not be read (wrong count).
    var reviewProblem: String?
    /// Line of the first `[image: …]` marker in each table's section.
    var imageLine: [TableKind: Int] = [:]
    /// First line where each table (its heading, headers or rows) showed up.
    var firstLine: [TableKind: Int] = [:]
    /// First line showing the table itself (column headers, a row label, table 四's figures), not only
    /// its section heading: a table seen but not read is `unread`, one never seen `absent`.
    var seenLine: [TableKind: Int] = [:]
    var warnings: [String] = []
    /// The lines (1-based, half-open ranges) read while each table was the one being read: where the
    /// sequence reading (`TableStream`) looks.
    var spans: [TableKind: [Range<Int>]] = [:]

    mutating func noteStart(_ table: TableKind, line: Int) {
        if firstLine[table] == nil { firstLine[table] = line }
    }

    mutating func noteSeen(_ table: TableKind, line: Int) {
        noteStart(table, line: line)
        if seenLine[table] == nil { seenLine[table] = line }
    }
}
