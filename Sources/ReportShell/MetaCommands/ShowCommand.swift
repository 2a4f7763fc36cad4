import Foundation
import ReportModel
import ReportOutput

/// `.show ID`: every field of one report — name, value (null included) and Chinese label.
struct ShowCommand: MetaCommand {
    /// Values are cut to this many columns in the table and line formats (the report's text is long).
    static let valueWidth = 40
    let name = ".show"
    let usage = ".show ID"
    let summary = "every field of one report (ID: its id or a unique start, e.g. 003)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.count == 1 else { return wrongUsage(session, "name one report") }
        return session.withRecord(arguments[0]) { record in
            let fields = FieldCatalog.standard.fields
            switch session.settings.format {
            case .table, .line:
                session.print(ShowCommand.listing(fields.map { ($0.name, record[$0.id], $0.label) },
                                                  nullText: session.settings.nullText))
            default:
                session.show(ResultSet(
                    columns: [ResultColumn(name: "field", type: .text), ResultColumn(name: "value", type: .text),
                              ResultColumn(name: "label", type: .text)],
                    rows: fields.map { [.text($0.name), record[$0.id], .text($0.label)] }))
            }
            return .success
        }
    }

    /// Three aligned columns without borders, the label last and unpadded, so a long label wraps
    /// alone: `requests.new.natural  0  一、本年新收政府信息公开申请数量 自然人`. A value of several
    /// lines shows its first line with text and `…`.
    static func listing(_ rows: [(name: String, value: Value, label: String)], nullText: String) -> String {
        let values = rows.map { row -> String in
            guard !row.value.isNull else { return nullText }
            let lines = row.value.description.split(separator: "\n", omittingEmptySubsequences: false)
            let shown = lines.first { !$0.allSatisfy(\.isWhitespace) } ?? lines[0]
            let first = shown.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\t", with: " ")
                + (lines.count > 1 ? " …" : "")
            return DisplayWidth.truncate(VisibleText.escape(first), toWidth: ShowCommand.valueWidth)
        }
        let nameWidth = rows.map { DisplayWidth.of($0.name) }.max() ?? 0
        let widest = values.map { DisplayWidth.of($0) }.max() ?? 0
        var text = ""
        for (row, value) in zip(rows, values) {
            let name = DisplayWidth.pad(row.name, toWidth: nameWidth)
            text += name + "  " + DisplayWidth.pad(value, toWidth: widest) + "  " + row.label + "\n"
        }
        return text
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? session.recordIDs(startingWith: prefix) : []
    }
}
