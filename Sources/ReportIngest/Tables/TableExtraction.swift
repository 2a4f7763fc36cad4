import ReportModel

/// Reads tables 二, 三 and 四 from a report's lines into a record: every printed cell with its line
/// (origin `table`), `tables.*` (text / partial / image / absent) and `template` (2021 / 2019) when the
/// column headings show it. Cells the text does not print stay null.
///
/// The steps: `TableGrid` turns any layout (tab rows, one cell per line, PDF-flowed text, Markdown pipes)
/// into rows of label and cells; `TableLocator` finds the tables by headings, headers and labels
/// (`sections` is a hint); the readers fit each row to its template and set the figures.
enum TableExtraction {
    static func extract(lines: [SourceLine], sections: Sections, into record: inout ReportRecord) {
        let grid = TableGrid(lines: lines)
        let found = TableLocator(rows: grid.rows, sections: sections).found
        for warning in found.warnings { record.warn(warning) }
        let proactiveWarnings = record.warningList.count
        let proactive = ProactiveReconciler.reconcile(
            ProactiveTableReader.read(found, into: &record), found: found, lines: lines, warningsFrom: proactiveWarnings,
            into: &record)
        let warningsBefore = record.warningList.count
        let requests = RequestReconciler.reconcile(
            RequestTableReader.read(found, into: &record), found: found, grid: grid.rows, lines: lines, warningsFrom: warningsBefore,
            into: &record)
        let review = ReviewReconciler.reconcile(ReviewTableReader.read(found, into: &record), found: found, lines: lines,
                                                into: &record)
        TableStatusWriter.write(.proactive, reading: proactive, found: found, into: &record)
        TableStatusWriter.write(.requests, reading: requests, found: found, into: &record)
        TableStatusWriter.write(.review, reading: review, found: found, into: &record)
        writeTemplate(proactive: proactive, requests: requests, into: &record)
    }

    /// `template` from table 二's headings or table 三's （六） rows; table 二 decides when they differ.
    private static func writeTemplate(proactive: TableReading, requests: TableReading, into record: inout ReportRecord) {
        guard let chosen = proactive.template != nil ? proactive : (requests.template != nil ? requests : nil),
              let template = chosen.template else { return }
        if let other = requests.template, other != template {
            record.warn("template: table 二 shows the \(template.rawValue) format, table 三 the \(other.rawValue) format")
        }
        record.set(FieldCatalog.standard.id("template"), .text(template.rawValue), line: chosen.templateLine,
                   origin: .table)
    }
}
