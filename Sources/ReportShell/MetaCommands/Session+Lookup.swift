import ReportModel
import ReportQuery

extension Session {
    /// The report whose id is `text`; else the only one whose id starts with it (`003`), or whose id's
    /// last part is it (`report` for `2022/report`). Never one of several: those are listed instead.
    func record(matching text: String) -> Result<ReportRecord, QueryError> {
        if let exact = corpus.records.first(where: { $0.id == text }) { return .success(exact) }
        var matches = corpus.records.filter { $0.id.hasPrefix(text) }
        if matches.isEmpty { matches = corpus.records.filter { $0.id.hasSuffix("/" + text) } }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.isEmpty {
            let ids = corpus.records.map(\.id)
            let hint = ids.isEmpty ? "no reports are loaded"
                : "ids look like '\(ids[0])'; a unique start such as '\(ids[0].prefix(3))' is enough"
            return .failure(QueryError("no report '\(text)'", hint: hint))
        }
        let listed = matches.prefix(5).map(\.id).joined(separator: ", ")
        let relation = matches[0].id.hasPrefix(text) ? "starts" : "names"
        return .failure(QueryError("'\(text)' \(relation) \(matches.count) report ids: \(listed)\(matches.count > 5 ? ", …" : "")",
                                   hint: "type more of the id"))
    }

    /// Runs `body` with the report `text` names, or reports why there is none.
    func withRecord(_ text: String, _ body: (ReportRecord) -> SessionStatus) -> SessionStatus {
        switch record(matching: text) {
        case .success(let record): return body(record)
        case .failure(let error): return fail(error)
        }
    }

    /// The field a name, row path or Chinese alias stands for, in any letter case.
    func field(named name: String) -> Result<FieldDescriptor, QueryError> {
        let catalog = FieldCatalog.standard
        if let id = catalog.lookup(name) ?? catalog.lookup(name.lowercased()) { return .success(catalog[id]) }
        let hint = Suggestions.closest(to: name, among: catalog.allNames).map { "did you mean '\($0)'?" }
        return .failure(QueryError("unknown field '\(name)'", hint: hint ?? ".fields lists the fields"))
    }

    /// Record ids that start with `prefix`, for completion.
    func recordIDs(startingWith prefix: String) -> [String] {
        corpus.records.map(\.id).filter { $0.hasPrefix(prefix) }
    }
}
