import ArgumentParser
import LineEditing

/// The default command: load reports, then run statements from -c/-f, or an interactive shell
/// on a terminal, or the statements piped to standard input.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Query government information disclosure annual reports (政府信息公开工作年度报告).",
        usage: """
            gongkai [<paths> ...] [-c <statement> ...] [-f <script> ...] [--format <format>] [--keep-going] [--views <file>] [--no-cache]
            gongkai records [<paths> ...]
            gongkai generate <count> <directory> [--seed <seed>]
            """,
        discussion: """
            Loads the reports, then runs the -c statements and -f scripts in order and exits. \
            Without -c or -f it opens the interactive shell on a terminal, or runs each line of \
            piped input. `gongkai help records` and `gongkai help generate` describe the other commands.
            """
    )

    @Argument(help: "Report files or folders to load.")
    var paths: [String] = ["corpus/"]

    @Option(name: [.short, .customLong("command")], help: ArgumentHelp("Run a statement (repeatable).", valueName: "statement"))
    var commands: [String] = []

    @Option(name: [.short, .customLong("file")], help: ArgumentHelp("Run the statements in a script file (repeatable).", valueName: "script"))
    var files: [String] = []

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Flag(help: "Continue after a failing statement (the exit status still reports the failure).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Load named views from a file.", valueName: "file"))
    var views: String?

    @Flag(help: "Do not read or write the parsed-corpus cache.")
    var noCache = false

    func run() throws {
        if !commands.isEmpty || !files.isEmpty {
            StandardStreams.writeError("gongkai: running statements is not yet available\n")
            throw ExitCode(ExitStatus.failure)
        }
        EchoShell.run()
    }
}
