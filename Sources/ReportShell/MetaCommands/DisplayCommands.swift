import ReportOutput

/// `.headers [on|off]` (sqlite3): whether CSV, TSV, table and box results start with the column names.
struct HeadersCommand: MetaCommand {
    let name = ".headers"
    let aliases = [".header"]
    let usage = ".headers [on|off]"
    let summary = "show the header row in csv, tsv, table and box output (default on)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        setting(arguments, in: session, current: session.settings.headers ? "on" : "off", problem: "say on or off") { word in
            guard ["on", "off"].contains(word.lowercased()) else { return false }
            session.settings.headers = word.lowercased() == "on"
            return true
        }
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["on", "off"] : []
    }
}

/// `.expanded [on|off|auto]` (psql's `\x`): one field per line always, never, or when a table is
/// wider than the terminal.
struct ExpandedCommand: MetaCommand {
    let name = ".expanded"
    let usage = ".expanded [on|off|auto]"
    let summary = "one field per line: on, off, or auto (when wider than the terminal)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        setting(arguments, in: session, current: ExpandedCommand.word(session.renderOptions.expanded),
                problem: "say on, off or auto") { word in
            guard let mode = ExpandedCommand.mode(word) else { return false }
            session.settings.expanded = mode
            return true
        }
    }

    static func mode(_ word: String) -> RenderOptions.Expanded? {
        switch word.lowercased() {
        case "on": return .on
        case "off": return .off
        case "auto": return .auto
        default: return nil
        }
    }

    static func word(_ mode: RenderOptions.Expanded) -> String {
        switch mode {
        case .on: return "on"
        case .off: return "off"
        case .auto: return "auto"
        }
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["on", "off", "auto"] : []
    }
}

/// `\x [on|off|auto]` as in psql: alone it toggles expanded output (auto counts as off) and says
/// what it is now; with a word it is `.expanded`.
struct ToggleExpandedCommand: MetaCommand {
    let name = "\\x"
    let usage = "\\x [on|off|auto]"
    let summary = "toggle one field per line (psql's \\x)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty else { return ExpandedCommand().run(arguments, in: session) }
        let now: RenderOptions.Expanded = session.renderOptions.expanded == .on ? .off : .on
        session.settings.expanded = now
        session.inform("Expanded display is \(ExpandedCommand.word(now)).\n")
        return .success
    }
}
