import ReportQuery

/// `.views`: the views and their queries (as the `views` statement).
struct ViewsCommand: MetaCommand {
    let name = ".views"
    let usage = ".views"
    let summary = "list the views and their queries"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty else { return wrongUsage(session, ".views takes no arguments") }
        return session.runStatement("views")
    }
}

/// `.history`: the statements typed in the interactive shell, numbered, oldest first.
struct HistoryCommand: MetaCommand {
    let name = ".history"
    let usage = ".history"
    let summary = "the statements typed before (Up recalls them, Ctrl-R searches)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty else { return wrongUsage(session, ".history takes no arguments") }
        let entries = session.historyEntries()
        let width = String(entries.count).count
        var text = ""
        for (index, entry) in entries.enumerated() {
            let number = String(index + 1)
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            text += String(repeating: " ", count: width - number.count) + number + "  " + lines[0] + "\n"
            for line in lines.dropFirst() { text += String(repeating: " ", count: width + 2) + line + "\n" }
        }
        session.print(text)
        return .success
    }
}

/// `.quit` / `.exit`: leaves the shell (or ends the script).
struct QuitCommand: MetaCommand {
    let name = ".quit"
    let aliases = [".exit"]
    let usage = ".quit"
    let summary = "leave gongkai (or Ctrl-D on an empty line)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        session.quit()
        return .success
    }
}
