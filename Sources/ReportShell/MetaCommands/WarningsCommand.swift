import ReportModel

/// `.warnings [ID]`: what loading noticed — files skipped, tables as images, rows missing, text and
/// table disagreeing — for every report or one.
struct WarningsCommand: MetaCommand {
    let name = ".warnings"
    let usage = ".warnings [ID]"
    let summary = "what loading noticed: skipped files, tables as images, conflicts"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        var rows: [[Value]] = []
        switch arguments.count {
        case 0:
            rows = session.corpus.diagnostics.map { [.text($0.file), .text($0.message)] }
            for record in session.corpus.records {
                rows += record.warningList.map { [.text(record.id), .text($0)] }
            }
        case 1:
            switch session.record(matching: arguments[0]) {
            case .success(let record): rows = record.warningList.map { [.text(record.id), .text($0)] }
            case .failure(let error): return session.fail(error)
            }
        default:
            return wrongUsage(session, "name at most one report")
        }
        guard !rows.isEmpty else {
            session.print("no warnings\n")
            return .success
        }
        let result = ResultSet(columns: [ResultColumn(name: "report", type: .text), ResultColumn(name: "warning", type: .text)],
                               rows: rows)
        session.show(result, options: session.listingOptions)
        return .success
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? session.recordIDs(startingWith: prefix) : []
    }
}
