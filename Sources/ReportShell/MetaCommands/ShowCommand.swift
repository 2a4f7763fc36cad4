import ReportOutput
import ReportModel

/// `.show ID`: every field of one report — name, value (null included) and Chinese label.
struct ShowCommand: MetaCommand {
    let name = ".show"
    let usage = ".show ID"
    let summary = "every field of one report with its value and Chinese label (ID: the report id or its unique start)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.count == 1 else { return wrongUsage(session, "name one report") }
        let record: ReportRecord
        switch session.record(matching: arguments[0]) {
        case .success(let found): record = found
        case .failure(let error): return session.fail(error)
        }
        let fields = FieldCatalog.standard.fields
        let result = ResultSet(
            columns: [ResultColumn(name: "field", type: .text), ResultColumn(name: "value", type: .text),
                      ResultColumn(name: "label", type: .text)],
            rows: fields.map { [.text($0.name), record[$0.id], .text($0.label)] })
        session.show(result, options: session.detailOptions(maxColumnWidth: 40))
        return .success
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? session.recordIDs(startingWith: prefix) : []
    }
}

extension Session {
    /// Options for listings of the shell's own (`.show`, `.fields`, `.warnings`): every row, and in
    /// the interactive table a plain table with cells cut at `maxColumnWidth` (the last column, a
    /// label, may wrap rather than the listing turning into one field per line).
    func detailOptions(maxColumnWidth: Int?) -> RenderOptions {
        var options = renderOptions
        options.maxRows = 0
        if configuration.interactive {
            options.expanded = .off
            options.maxColumnWidth = maxColumnWidth
        }
        return options
    }
}
