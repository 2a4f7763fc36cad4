import ReportQuery

/// Every meta-command, in the order `.help` lists them.
enum MetaCommands {
    static let all: [any MetaCommand] = [
        HelpCommand(), FieldsCommand(), ShowCommand(), SourceCommand(), WarningsCommand(), ChecksCommand(), ViewsCommand(),
        TablesCommand(), SchemaCommand(),
        FormatCommand(), HeadersCommand(), WidthCommand(), OutputCommand(), OnceCommand(), ExpandedCommand(), ToggleExpandedCommand(), MaxRowsCommand(), NullValueCommand(),
        TimerCommand(), ChartCommand(),
        ReadCommand(), LoadCommand(), ReloadCommand(), HistoryCommand(), QuitCommand(),
    ]

    /// Every name and alias, with its dot.
    static let names: [String] = all.flatMap { [$0.name] + $0.aliases }

    /// The command called `name` (case-insensitive, with its dot).
    static func named(_ name: String) -> (any MetaCommand)? {
        let lower = name.lowercased()
        return all.first { $0.name == lower || $0.aliases.contains(lower) }
    }
}

extension Session {
    /// Runs a meta-command line (`.format csv`); an unknown command gets a did-you-mean hint.
    func runMetaCommand(_ line: String) -> SessionStatus {
        let parsed = MetaCommandLine(line)
        guard let command = MetaCommands.named(parsed.name) else {
            let hint = Suggestions.closest(to: parsed.name, among: MetaCommands.names).map { "did you mean '\($0)'?" }
            return usageError("unknown command '\(parsed.name)'", hint: hint ?? ".help lists the commands")
        }
        if parsed.hasOpenQuote {
            return usageError("a quote is not closed", hint: "usage: \(command.usage)")
        }
        return command.run(line: parsed, in: self)
    }
}
