import ReportModel

/// Checks table 四's row-by-row reading against the sequence of its figures (`TableStream` over the
/// table's lines), and reads it from that sequence when the row-by-row reader could not:
/// - read row by row, the figures kept (in order, blanks left out) must be the numbers printed after
///   the column headers (all fifteen: printed one after another, a page number apart); else the table
///   is left null — a cell placed in the wrong column;
/// - not read, exactly 15 figures after the headers are the table's cells (an uncertain layout), kept
///   when every block adds up (维持 + 纠正 + 其他 + 尚未审结 = 总计, `SumGuard`'s rule); else left null.
enum ReviewReconciler {
    private static let catalog = FieldCatalog.standard
    private static let fields = ReviewBlock.printed.flatMap { block in ReviewOutcome.allCases.map { (block, $0) } }

    private static func contains(_ sequence: [Int], _ part: [Int]) -> Bool {
        guard part.count <= sequence.count else { return false }
        return (0...(sequence.count - part.count)).contains { Array(sequence[$0..<($0 + part.count)]) == part }
    }

    /// The column headers (行政复议 行政诉讼 …), not the section's heading, which prose may follow.
    static func isHeader(_ text: [Unicode.Scalar]) -> Bool {
        TableHeadings.isReviewHeader(text) && TableHeadings.section(of: text) == nil
    }

    static func reconcile(_ reading: TableReading, found: LocatedTables, lines: [SourceLine], into record: inout ReportRecord)
        -> TableReading {
        // Web text's glued runs are split by `GluedCells`; the sequence cannot tell their cells apart.
        guard !(found.review ?? []).contains(where: { $0.gluedRun != nil }),
              let stream = TableStream(.review, found: found, lines: lines, sawLabel: Self.isHeader)
        else { return reading }
        let ids = fields.map { catalog.review($0.0, $0.1) }
        let around = StreamRequestRows.numbers(stream.figures)
        var reading = reading
        if reading.status == .text {
            let read = ids.compactMap { record[$0].intValue }
            // All fifteen read: they must be printed together (a page number may stand apart);
            // with blanks among them, exactly the figures printed.
            // Fifteen figures printed: a blank read among them took an empty cell for a column.
            let agrees = read.count == ids.count ? Self.contains(around, read)
                : around == read && stream.figures.count < ids.count
            if agrees { return reading }
            for id in ids { record.set(id, .null, line: 0, origin: .table) }
            record.warn("table 四: read row by row as \(read.map(String.init).joined(separator: " ")), but the figures after its headers are \(around.map(String.init).joined(separator: " ")); left null")
            reading.status = .partial
            return reading
        }
        guard reading.status != .text, stream.figures.count == ids.count, around.count == ids.count,
              !around.contains(-1) else { return reading }
        for start in stride(from: 0, to: ids.count, by: ReviewOutcome.allCases.count) {
            let block = around[start..<(start + ReviewOutcome.allCases.count)]
            if block.dropLast().reduce(0, +) != block.last {
                record.warn("table 四: 15 figures read as a sequence, but block \(start / 5 + 1) does not add up (\(block.dropLast().map(String.init).joined(separator: "+")) ≠ \(block.last!)); left null")
                return reading
            }
        }
        for (i, id) in ids.enumerated() {
            record.set(id, .integer(around[i]), line: stream.figures[i].line, origin: .table)
        }
        record.warningList.removeAll { $0.hasPrefix("table 四:") && $0.contains("where 15 were expected") }
        record.warn("table 四: read as a sequence of 15 figures (lines \(stream.figures.first!.line)–\(stream.figures.last!.line))")
        reading.status = .text
        if reading.line == 0 { reading.line = found.firstLine[.review] ?? stream.firstLine }
        return reading
    }
}
