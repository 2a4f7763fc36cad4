import ReportModel
import ReportQuery

/// `.fields [PATTERN]`: the fields a query can name — canonical name, type, how many loaded reports
/// state a value, Chinese label (and for `level`, `template`, `tables.*` the values with their
/// Chinese names, `FieldValueAliases`) — all of them, or those whose name, label or alias matches.
/// In table and box output the labels wrap to fit the screen (`FittedListing`).
struct FieldsCommand: MetaCommand {
    let name = ".fields"
    let usage = ".fields [PATTERN]"
    let summary = "name, type, reports with a value, Chinese label; PATTERN: text or glob"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        let text = arguments.joined(separator: " ")
        let pattern = FieldPattern(text)
        let fields = FieldCatalog.standard.fields.filter { field in
            ([field.name, field.label] + field.aliases).contains(where: pattern.matches)
        }
        guard !fields.isEmpty else {
            session.print("no field matches '\(text)'\n")
            return .success
        }
        let records = session.corpus.records
        let rows: [[Value]] = fields.map { field in
            let stated = records.reduce(0) { $0 + ($1[field.id].isNull ? 0 : 1) }
            let values = FieldValueAliases.listing(forField: field.name).map { "; values: " + $0 } ?? ""
            return [.text(field.name), .text(field.type.rawValue), .integer(stated), .text(field.label + values)]
        }
        let result = ResultSet(
            columns: [ResultColumn(name: "field", type: .text), ResultColumn(name: "type", type: .text),
                      ResultColumn(name: "reports", type: .integer), ResultColumn(name: "label", type: .text)],
            rows: rows)
        let (shown, options, footer) = FittedListing(result: result, width: session.listingWidth)
            .fitted(options: session.listingOptions, format: session.settings.format)
        session.show(shown, options: options)
        session.print(footer)
        return .success
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? FieldNameCompletion.candidates(for: prefix) : []
    }
}
