/// `.read FILE`: runs a script; its errors name the file, line and column.
struct ReadCommand: MetaCommand {
    let name = ".read"
    let usage = ".read FILE"
    let summary = "run a script file of statements and commands"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.count == 1 else { return wrongUsage(session, "name one script file") }
        return session.readScript(arguments[0])
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? PathCompletion.candidates(for: prefix) : []
    }
}
