import ReportModel

/// Reads tables 二, 三 and 四 from a report's lines into a record: every printed cell with its line
/// (origin `table`), `tables.*` (text / partial / image / absent) and `template` (2021 / 2019) when the
/// column headings show it. Cells the text does not print stay null.
enum TableExtraction {
    static func extract(lines: [SourceLine], sections: Sections, into record: inout ReportRecord) {
        // Implemented on the ingest-tables branch.
    }
}
