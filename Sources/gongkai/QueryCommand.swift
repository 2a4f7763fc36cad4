import ArgumentParser
import FileAccess
import Foundation
import LineEditing
import ReportIngest
import ReportShell

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
            Loads the reports (a summary line and any loading problems go to standard error), then runs \
            the -c statements and -f scripts in the order given and exits. Without -c or -f it opens the \
            interactive shell when standard input is a terminal (.help there lists the commands), or runs \
            the statements piped to standard input as a script, with no prompt. A script stops at its \
            first failing statement unless --keep-going is given; errors name FILE:LINE:COL.

            Views are saved after each create view / drop view in --views, by default \
            $XDG_CONFIG_HOME/gongkai/views.sql or ~/.config/gongkai/views.sql. The shell's history is \
            kept in $GONGKAI_HISTORY, $XDG_STATE_HOME/gongkai/history or ~/.gongkai_history.

            Exit status: 0 when everything ran; 1 when a statement or script failed, or when not one of \
            the paths given could be read (missing, not permitted, not a file or folder); 2 for a usage \
            error (a wrong option, an unknown or misused meta-command). \
            `gongkai help records` and `gongkai help generate` describe the other commands.
            """
    )

    @Argument(help: "Report files or folders to load.")
    var paths: [String] = ["corpus/"]

    // Unconditional: `-c "-1 x"` is a statement, not an option.
    @Option(name: [.short, .customLong("command")], parsing: .unconditionalSingleValue, help: ArgumentHelp("Run a statement or meta-command (repeatable).", valueName: "statement"))
    var commands: [String] = []

    @Option(name: [.short, .customLong("file")], parsing: .unconditionalSingleValue, help: ArgumentHelp("Run the statements in a script file (repeatable).", valueName: "script"))
    var files: [String] = []

    @Option(help: "Output format of results.")
    var format: FormatOption = .table

    @Flag(help: "Continue after a failing statement (the exit status still reports the failure).")
    var keepGoing = false

    @Option(help: ArgumentHelp("The views file (default: ~/.config/gongkai/views.sql).", valueName: "file"))
    var views: String?

    @Flag(help: "Do not read or write the parsed-corpus cache.")
    var noCache = false

    @Flag(name: [.short, .long], help: "Do not print the load summary (problems with files are still reported).")
    var quiet = false

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    var bom = false

    @Flag(help: "Leave the header row out of csv, tsv, table and box output.")
    var noHeader = false

    @Option(name: [.short, .long], help: ArgumentHelp("CSV's field separator instead of the comma.", valueName: "text"))
    var separator: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let scripted = !commands.isEmpty || !files.isEmpty
        let interactive = !scripted && Terminal.isInteractive(fd: 0)
        let terminalOutput = Terminal.isInteractive(fd: 1)
        var configuration = SessionConfiguration(
            paths: paths, format: format.outputFormat, interactive: interactive, keepGoing: keepGoing,
            viewsPath: views ?? ViewsLocation.path(environment: environment),
            version: Gongkai.configuration.version,
            loadOptions: LoadOptions(cache: noCache ? .off : .default),
            terminalWidth: { terminalOutput ? Terminal.width(fd: 1) : nil },
            testQueryDelayMilliseconds: environment["GONGKAI_TEST_SLOW_QUERY_MS"].flatMap { Int($0) } ?? 0)
        configuration.quiet = quiet
        configuration.journal = TemporaryJournal.location(environment: environment)
        configuration.columns = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        configuration.bom = bom
        configuration.headers = !noHeader
        configuration.separator = separator.map { $0 == "\\t" ? "\t" : $0 }
        let session = Session(configuration: configuration, output: SessionOutput(
            standard: StandardStreams.writeOutput, error: StandardStreams.writeError,
            standardBytes: StandardStreams.writeOutputBytes))
        // Not one path given could be read: answering over nothing would mislead a script.
        if session.corpus.nothingReadable { throw ExitCode(ExitStatus.failure) }
        let status: Int32
        if scripted {
            status = runScripts(session, tracesPhases: environment[StartPhases.environmentVariable] != nil).exitCode
        } else if interactive, let reader = EditLineReader(
            outputFD: terminalOutput ? 1 : 2, history: HistoryStore(path: HistoryLocation.pathForCurrentProcess()),
            completer: { session.completions(forTextBeforeCursor: $0) })
        {
            status = InteractiveShell.run(session, reader: reader)
        } else {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let text = FilePaths.withoutByteOrderMark(String(decoding: input, as: UTF8.self))
            status = session.runScript(text, name: "<stdin>").exitCode
        }
        // An `.output` file still open is renamed into place (`exit` below runs no `defer`).
        session.finish()
        // Exit here, with the session still alive: everything is written (the output streams are not
        // buffered), and tearing down a large corpus object by object took 0.2 s at 100,000 reports.
        withExtendedLifetime(session) { Foundation.exit(status) }
    }

    /// -c and -f in order (`runScripts(_:)`); with `GONGKAI_PHASES` set, the start's phases and the
    /// first item's end printed to standard error once they have all run (`StartPhases`).
    private func runScripts(_ session: Session, tracesPhases: Bool) -> SessionStatus {
        guard tracesPhases else { return runScripts(session) }
        let status = runScripts(session, afterFirst: { session.startPhases.mark("statement") })
        StandardStreams.writeError(session.startPhases.line)
        return status
    }

    /// -c and -f in order; the first failure stops the rest unless --keep-going.
    private func runScripts(_ session: Session, afterFirst: () -> Void = {}) -> SessionStatus {
        var worst = SessionStatus.success
        let inputs = ScriptInput.ordered(arguments: Array(CommandLine.arguments.dropFirst()), commands: commands, files: files)
        for (index, input) in inputs.enumerated() where !session.hasQuit {
            let status: SessionStatus
            switch input {
            case .statement(let text): status = session.execute(text)
            case .file(let path): status = session.runScriptFile(path)
            }
            worst = max(worst, status)
            if index == 0 { afterFirst() }
            if status != .success && !keepGoing { break }
        }
        return worst
    }
}
