import ArgumentParser

/// The `gongkai` command: a query shell by default, plus the `records` and `generate` tools.
@main
struct Gongkai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Query China's government information disclosure annual reports (政府信息公开工作年度报告).",
        version: "0.1.0",
        subcommands: [QueryCommand.self, RecordsCommand.self, GenerateCommand.self],
        defaultSubcommand: QueryCommand.self
    )

    /// Parses and runs the command. A usage error exits with status 2 (ArgumentParser's own
    /// default is 64); every other outcome keeps ArgumentParser's status.
    static func main() {
        if isTopLevelHelpRequest(Array(CommandLine.arguments.dropFirst())) {
            // ArgumentParser's top-level help would hide the default command's options.
            StandardStreams.writeOutput(helpMessage(for: QueryCommand.self) + "\n")
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.writeError(fullMessage(for: error) + "\n")
                Self.exit(withError: ExitCode(ExitStatus.usage))
            }
            Self.exit(withError: error)
        }
    }

    /// `gongkai -h`, `gongkai --help` or `gongkai help` alone.
    static func isTopLevelHelpRequest(_ arguments: [String]) -> Bool {
        arguments.count == 1 && ["-h", "--help", "help"].contains(arguments[0])
    }
}
