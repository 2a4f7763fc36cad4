import ReportModel

/// Reads table 四 (行政复议、行政诉讼) into `review.*`, `litigation.direct.*` and `litigation.after_review.*`:
/// the 15 cells in printed order, five outcomes (维持, 纠正, 其他, 尚未审结, 总计) per block.
enum ReviewTableReader {
    static func read(_ found: LocatedTables, into record: inout ReportRecord) -> TableReading {
        var reading = TableReading()
        reading.line = found.firstLine[.review] ?? 0
        if let problem = found.reviewProblem {
            record.warn(problem)
            reading.status = .partial
            return reading
        }
        guard let cells = found.review, let first = cells.first else { return reading }
        let outcomes = ReviewOutcome.allCases
        let fields = ReviewBlock.printed.flatMap { block in outcomes.map { (block, $0) } }
        var blanks = 0
        guard let values = RowReader.read(
            MatchedRow(cells: cells, line: first.line), width: fields.count, dataColumn: nil, name: "table 四", blanks: &blanks,
            record: &record, sums: .reviewBlocks, parse: { _, cell in CellReading.count(cell) }
        ) else {
            reading.status = .partial
            return reading
        }
        RowReader.warnBlanks(blanks, table: .review, record: &record)
        let catalog = FieldCatalog.standard
        for cell in values {
            let (block, outcome) = fields[cell.column]
            record.set(catalog.review(block, outcome), cell.value, line: cell.line, origin: .table)
        }
        reading.status = .text
        return reading
    }
}
