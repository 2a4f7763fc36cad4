import ReportModel

/// Turns one report's text into a record: lines → sections 一 … 六 → tables 二/三/四 → identity (agency,
/// region, year …) → figures stated in words → derived fields and checks → timeliness → the prose's signature (for `similarity.prev`) → warnings. Never fails: what
/// the text does not state stays null. Linear in the size of the text.
public enum ReportParser {
    static let catalog = FieldCatalog.standard
    static let sectionFields = (1...6).map { catalog.id("text.s\($0)") }

    /// The record of a report. `file` is the path relative to the corpus root, `id` the file name without
    /// its extension. CRLF and CR line breaks are read as LF.
    public static func parse(text: String, file: String, id: String) -> ReportRecord {
        parse(ReportText(text), file: file, id: id)
    }

    static func parse(_ report: ReportText, file: String, id: String) -> ReportRecord {
        var record = ReportRecord()
        record.set(catalog.id("id"), .text(id), line: 0, origin: .derived)
        record.set(catalog.id("file"), .text(file), line: 0, origin: .derived)
        let text = catalog.id("text")
        record.set(text, .text(report.text), line: 1, origin: .narrative)
        for (index, field) in sectionFields.enumerated() {
            guard let body = report.bodyRange(ofSection: index + 1), let range = report.sections[index + 1] else { continue }
            record.set(field, pieceOf: text, utf8: body, line: range.lowerBound + 1, origin: .narrative)
        }
        TableExtraction.extract(lines: report.lines, sections: report.sections, into: &record)
        let year = IdentityReader.apply(report, to: &record)
        NarrativeReader.apply(report, year: year, to: &record)
        Derivation.apply(to: &record)
        Timeliness.apply(to: &record)
        record.proseSignature = ProseShingles.signature(of: report)
        record.finalizeWarnings()
        return record
    }
}
