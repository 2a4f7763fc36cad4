import ReportModel

/// Reads table 二 (主动公开政府信息情况) from its located rows into `proactive.*`.
///
/// The template decides what the columns mean: 2021 prints 制发/废止/现行有效 and one 本年处理决定数量;
/// 2019 prints 新制作/新公开/对外公开总数量 (→ issued, —, valid) and 上一年项目数量/本年增减/处理决定数量
/// (→ the third), and no money amount for 收费. It comes from the column headings, or else from the
/// number of cells of the 许可/处罚/强制 rows; without either, the figures stay null.
enum ProactiveTableReader {
    static func read(_ found: LocatedTables, into record: inout ReportRecord) -> TableReading {
        var reading = TableReading()
        guard !found.proactive.isEmpty else { return reading }
        reading.line = found.firstLine[.proactive] ?? found.proactive.values.map(\.line).min() ?? 0
        let template = self.template(found, reading: &reading)
        guard let template else {
            record.warn(found.proactiveHeadings.count > 1
                ? "table 二: column headings of both the 2019 and 2021 templates; its figures are left null"
                : "table 二: column headings not found; its figures are left null")
            reading.status = .partial
            return reading
        }
        var unreadable = false
        var blanks = 0
        let dataColumns = GridRow.dataColumns(found.proactive.compactMap { row, matched in
            let width = columns(row, template).count
            return width > 0 ? (matched.cells, width, matched.columns) : nil
        })
        for row in ProactiveRow.allCases {
            guard let matched = found.proactive[row] else { continue }
            let columns = self.columns(row, template)
            guard columns.contains(where: { $0 != nil }) else {
                reading.proactiveRows.insert(row)
                continue
            }
            if read(matched, columns: columns, row: row, dataColumn: dataColumns[matched.columns], blanks: &blanks, into: &record) {
                reading.proactiveRows.insert(row)
            } else {
                unreadable = true
            }
        }
        RowReader.warnBlanks(blanks, table: .proactive, record: &record)
        let missing = ProactiveRow.expected.filter { found.proactive[$0] == nil }
        if !missing.isEmpty {
            let printed = ProactiveRow.expected.filter { found.proactive[$0] != nil }.map(\.label)
            record.warn("table 二 is partial: "
                + TableStatusWriter.describeMissing(missing.map(\.label), printed: printed))
        }
        reading.status = missing.isEmpty && !unreadable ? .text : .partial
        return reading
    }

    /// Headings first; then the cell count of the single-figure rows (1 → 2021, 3 → 2019).
    private static func template(_ found: LocatedTables, reading: inout TableReading) -> TableTemplate? {
        let headings = found.proactiveHeadings
        if headings.count == 1, let (template, line) = headings.first {
            reading.template = template
            reading.templateLine = line
            return template
        }
        if headings.count > 1 { return nil }
        var votes = Set<TableTemplate>()
        var line = 0
        for row in [ProactiveRow.license, .penalty, .coercion] {
            // A glued run (web text) does not show how many cells it holds.
            guard let matched = found.proactive[row], GridRow.glued(matched.cells) == nil else { continue }
            switch GridRow.trimmed(matched.cells).count {
            case 1: votes.insert(.y2021)
            case 3: votes.insert(.y2019)
            default: continue
            }
            line = matched.line
        }
        guard votes.count == 1, let template = votes.first else { return nil }
        reading.template = template
        reading.templateLine = line
        return template
    }

    /// The field each printed cell of a row goes to (nil: a column the model does not keep).
    static func columns(_ row: ProactiveRow, _ template: TableTemplate) -> [ProactiveItem?] {
        switch (row, template) {
        case (.rules, .y2021): return [.rulesIssued, .rulesRepealed, .rulesValid]
        case (.normative, .y2021): return [.normativeIssued, .normativeRepealed, .normativeValid]
        case (.license, .y2021): return [.license]
        case (.penalty, .y2021): return [.penalty]
        case (.coercion, .y2021): return [.coercion]
        case (.fees, .y2021): return [.fees]
        case (.rules, .y2019): return [.rulesIssued, nil, .rulesValid]
        case (.normative, .y2019): return [.normativeIssued, nil, .normativeValid]
        case (.license, .y2019): return [nil, nil, .license]
        case (.penalty, .y2019): return [nil, nil, .penalty]
        case (.coercion, .y2019): return [nil, nil, .coercion]
        case (.fees, _), (.otherServices, _), (.procurement, _): return []
        }
    }

    /// Sets the row's cells; false (and a warning) when the row cannot be read with confidence.
    private static func read(
        _ matched: MatchedRow, columns: [ProactiveItem?], row: ProactiveRow, dataColumn: Int?, blanks: inout Int,
        into record: inout ReportRecord
    ) -> Bool {
        guard let values = RowReader.read(
            matched, width: columns.count, dataColumn: dataColumn, name: "table 二 row \(row.label)", blanks: &blanks,
            record: &record,
            parse: { i, cell in
                guard let item = columns[i] else { return nil }
                return item == .fees ? CellReading.amount(cell) : CellReading.count(cell)
            }
        ) else { return false }
        let catalog = FieldCatalog.standard
        for cell in values {
            guard let item = columns[cell.column] else { continue }
            record.set(catalog.proactive(item), cell.value, line: cell.line, origin: .table)
        }
        return true
    }
}
