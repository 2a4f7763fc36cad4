/// A shell command that starts with `.` and takes one line (`.format csv`, `.show 003`). Each command
/// is a small type; `MetaCommands.all` lists them, and `.help` and completion read their descriptions.
protocol MetaCommand: Sendable {
    /// The name with its dot: ".help".
    var name: String { get }
    /// Other names that run it (".exit" for ".quit").
    var aliases: [String] { get }
    /// One line: the command and its arguments, ".maxrows N".
    var usage: String { get }
    /// One line: what it does.
    var summary: String { get }
    /// Runs it with the words after the name.
    func run(_ arguments: [String], in session: Session) -> SessionStatus
    /// Runs it with the whole line (a command that takes a query clause reads `line.rest`); by default
    /// `run(line.arguments, in:)`.
    func run(line: MetaCommandLine, in session: Session) -> SessionStatus
    /// Candidates for argument number `index` (0-based) that start with `prefix`.
    func completions(argument index: Int, prefix: String, session: Session) -> [String]
}

extension MetaCommand {
    var aliases: [String] { [] }

    func run(line: MetaCommandLine, in session: Session) -> SessionStatus { run(line.arguments, in: session) }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] { [] }

    /// The usage error for wrong arguments.
    func wrongUsage(_ session: Session, _ problem: String) -> SessionStatus {
        session.usageError(problem, hint: "usage: \(usage)")
    }
}
