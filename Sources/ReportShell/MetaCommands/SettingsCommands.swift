import ReportOutput

extension MetaCommand {
    /// A setting's command: alone it prints `NAME: CURRENT`; with one argument, `apply` sets it and
    /// returns false when the argument is not allowed (then `problem` is the usage error).
    func setting(
        _ arguments: [String], in session: Session, current: String, problem: String, apply: (String) -> Bool
    ) -> SessionStatus {
        guard let argument = arguments.first else {
            session.print("\(name.dropFirst()): \(current)\n")
            return .success
        }
        guard arguments.count == 1, apply(argument) else { return wrongUsage(session, problem) }
        return .success
    }
}

/// `.format [MODE]`: how results are shown from now on; alone, the current mode.
struct FormatCommand: MetaCommand {
    static let modes = ["table", "box", "csv", "tsv", "json", "jsonl", "markdown", "line"]
    let name = ".format"
    let aliases = [".mode"]
    let usage = ".format [MODE]"
    let summary = "table (default), box, csv, tsv, json, jsonl, markdown or line"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        setting(arguments, in: session, current: session.settings.format.rawValue,
                problem: "unknown format '\(arguments.joined(separator: " "))'") { word in
            guard let format = OutputFormat(name: word) else { return false }
            session.settings.format = format
            return true
        }
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? FormatCommand.modes : []
    }
}

/// `.maxrows [N]`: how many rows tables, lines and charts show (0: all).
struct MaxRowsCommand: MetaCommand {
    let name = ".maxrows"
    let usage = ".maxrows [N]"
    let summary = "show at most N rows in table, line and chart output (0: all)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        let current = session.settings.effectiveMaxRows(interactive: session.configuration.interactive)
        return setting(arguments, in: session, current: String(current), problem: "N must be a whole number, 0 or more") { word in
            guard let rows = Int(word), rows >= 0 else { return false }
            session.settings.maxRows = rows
            return true
        }
    }
}

/// `.nullvalue [TEXT]`: how null is shown in tables, lines, Markdown and charts.
struct NullValueCommand: MetaCommand {
    let name = ".nullvalue"
    let usage = ".nullvalue [TEXT]"
    let summary = "how null is shown in tables (default NULL; quote spaces)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        setting(arguments, in: session, current: session.settings.nullText,
                problem: "one text at a time (quote it to include spaces)") { word in
            session.settings.nullText = word
            return true
        }
    }
}

/// `.timer [on|off]`: print each statement's run time after its result — from reading it to its result
/// written (render and write included), wall clock and the process's CPU time.
struct TimerCommand: MetaCommand {
    let name = ".timer"
    let usage = ".timer [on|off]"
    let summary = "print each statement's time (\"Run Time: 1.2 ms, CPU 1.1 ms\")"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        setting(arguments, in: session, current: session.settings.timer ? "on" : "off", problem: "say on or off") { word in
            guard ["on", "off"].contains(word.lowercased()) else { return false }
            session.settings.timer = word.lowercased() == "on"
            return true
        }
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["on", "off"] : []
    }
}
