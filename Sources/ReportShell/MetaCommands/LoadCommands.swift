/// `.load PATH…`: replaces the loaded reports with those under the paths; views stay.
struct LoadCommand: MetaCommand {
    let name = ".load"
    let usage = ".load PATH…"
    let summary = "load these files or folders instead (views stay)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard !arguments.isEmpty else { return wrongUsage(session, "name the files or folders to load") }
        return session.reload(arguments)
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        PathCompletion.candidates(for: prefix)
    }
}

/// `.reload`: reads the same paths again (after the files changed).
struct ReloadCommand: MetaCommand {
    let name = ".reload"
    let usage = ".reload"
    let summary = "load the same files or folders again"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty else { return wrongUsage(session, ".reload takes no arguments") }
        return session.reload(session.corpus.paths)
    }
}
