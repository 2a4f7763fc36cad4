import ReportModel
import ReportOutput

/// `.source ID FIELD`: where a value was read — the file, the line number and that line's text.
struct SourceCommand: MetaCommand {
    let name = ".source"
    let usage = ".source ID FIELD"
    let summary = "the file, line number and line of text a value was read from"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.count == 2 else { return wrongUsage(session, "name a report and a field") }
        let field: FieldDescriptor
        switch session.field(named: arguments[1]) {
        case .success(let descriptor): field = descriptor
        case .failure(let error): return session.fail(error)
        }
        return session.withRecord(arguments[0]) { record in
            session.print(SourceCommand.describe(field, of: record))   // escaped there
            return .success
        }
    }

    /// `FIELD = VALUE (ORIGIN)` then `FILE:LINE:TEXT`; or why there is no line. Text from the report
    /// (value, file name, line) has its control characters escaped, one line each.
    static func describe(_ field: FieldDescriptor, of record: ReportRecord) -> String {
        describeUnescaped(field, of: record).split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleText.escape(String($0), keepingTabs: true) }.joined(separator: "\n")
    }

    private static func describeUnescaped(_ field: FieldDescriptor, of record: ReportRecord) -> String {
        let value = record[field.id]
        guard !value.isNull else {
            return "\(field.name) is null in \(record.id): the report does not state it\n"
        }
        let provenance = record.source(of: field.id)
        var text = "\(field.name) = \(value) (\(provenance?.origin.rawValue ?? "unknown origin"))\n"
        if field.group == .panel, let other = record["panel.prev"].textValue, field.name != "panel.prev" {
            text += "compared with \(other), the same body's report for the year before\n"
        }
        guard let provenance, provenance.line > 0 else {
            return text + "\(record.file): derived from other values, not read from one line\n"
        }
        text += "\(record.file):\(provenance.line):\(record.line(provenance.line) ?? "")\n"
        return text
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        switch index {
        case 0: return session.recordIDs(startingWith: prefix)
        case 1: return FieldNameCompletion.candidates(for: prefix)
        default: return []
        }
    }
}
