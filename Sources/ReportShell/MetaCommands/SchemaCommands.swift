import ReportModel
import ReportQuery

/// `.tables` (sqlite3): what `from` can name — `reports` and the views — one per line.
struct TablesCommand: MetaCommand {
    let name = ".tables"
    let usage = ".tables"
    let summary = "what from can name: reports and the views"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty else { return wrongUsage(session, ".tables takes no arguments") }
        session.print((["reports"] + session.database.views.keys.sorted()).map { $0 + "\n" }.joined())
        return .success
    }
}

/// `.schema [NAME]` (sqlite3): a view's definition, `create view NAME as QUERY;`; for `reports`
/// its fields, one `NAME TYPE, -- LABEL` line each, as a `create table`. Alone: every one of them.
struct SchemaCommand: MetaCommand {
    let name = ".schema"
    let usage = ".schema [NAME]"
    let summary = "a view's query, or for reports its fields and types"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.count <= 1 else { return wrongUsage(session, "name one view, or reports") }
        let views = session.database.views
        guard let name = arguments.first else {
            session.print(SchemaCommand.reports + views.keys.sorted().map { SchemaCommand.view($0, views[$0]!) }.joined())
            return .success
        }
        if name.lowercased() == "reports" {
            session.print(SchemaCommand.reports)
        } else if let key = views.keys.first(where: { $0.lowercased() == name.lowercased() }) {
            session.print(SchemaCommand.view(key, views[key]!))
        } else {
            return session.usageError("no view or table '\(name)'", hint: ".tables lists them")
        }
        return .success
    }

    static func view(_ name: String, _ query: String) -> String {
        "create view \(name) as \(query);\n"
    }

    /// The corpus as a table: every field in catalog order with its type and Chinese label.
    static let reports: String = {
        let fields = FieldCatalog.standard.fields
        let lines = fields.enumerated().map { index, field in
            "  \(field.name) \(field.type.rawValue)\(index == fields.count - 1 ? "" : ",") -- \(field.label)"
        }
        return "create table reports (\n" + lines.joined(separator: "\n") + "\n);\n"
    }()

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["reports"] + session.database.views.keys.sorted() : []
    }
}
