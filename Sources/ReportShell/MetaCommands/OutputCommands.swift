import ReportQuery

/// `.output [--bom] [FILE]` (sqlite3): results go to FILE from now on, in the current mode; alone,
/// back to standard output. The file is written atomically and checked as an export's target.
struct OutputCommand: MetaCommand {
    let name = ".output"
    let usage = ".output [--bom] [FILE]"
    let summary = "results to FILE from now on (alone: back to the screen)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard let (path, bom) = OutputCommand.parse(arguments) else { return wrongUsage(session, "one file at a time") }
        session.endRedirect()
        guard let path else { return .success }
        return session.redirect(to: path, span: .untilChanged, bom: bom)
    }

    /// The file (nil: none) and whether `--bom` came first; nil when the words are wrong.
    static func parse(_ arguments: [String]) -> (path: String?, bom: Bool)? {
        var words = arguments[...]
        let bom = words.first == "--bom"
        if bom { words = words.dropFirst() }
        guard words.count <= 1, words.first.map({ !$0.hasPrefix("-") && !$0.hasPrefix("|") }) ?? true else { return nil }
        return (words.first, bom)
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["--bom"] : []
    }
}

/// `.once [--bom] FILE` (sqlite3): only the next statement's (or meta-command's) output goes to FILE.
struct OnceCommand: MetaCommand {
    let name = ".once"
    let usage = ".once [--bom] FILE"
    let summary = "send only the next result to FILE"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard let (path, bom) = OutputCommand.parse(arguments), let path else { return wrongUsage(session, "name one file") }
        session.endRedirect()
        return session.redirect(to: path, span: .nextItem, bom: bom)
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? ["--bom"] : []
    }
}

extension Session {
    /// Starts sending results to `path` (checked as an export's target; any format's extension).
    func redirect(to path: String, span: OutputRedirect.Span, bom: Bool) -> SessionStatus {
        do {
            let target = try ExportTarget(path: path, corpusPaths: corpus.paths, loadedFiles: corpus.files,
                                          format: .text(settings.format))
            redirection = try OutputRedirect(target: target, span: span, bom: bom, journal: configuration.journal)
            onceItemsLeft = span == .nextItem ? 2 : 0
            return .success
        } catch {
            return fail(error)
        }
    }

    /// Ends `.output`/`.once`: the file is renamed into place (with `keep`; else it is dropped and
    /// the target left as it was). A failure to write it is reported.
    func endRedirect(keep: Bool = true) {
        guard let redirection else { return }
        self.redirection = nil
        onceItemsLeft = 0
        if let error = redirection.close(keep: keep) {
            fail(QueryError("could not write '\(redirection.target.path)': \(error)", hint: "the file was left as it was"))
        }
    }

    /// After each statement or meta-command: `.once`'s file is closed after the item that follows it
    /// (kept when that item succeeded).
    func countOnceItem(status: SessionStatus) {
        guard onceItemsLeft > 0 else { return }
        onceItemsLeft -= 1
        if onceItemsLeft == 0 { endRedirect(keep: status == .success) }
    }

    /// The end of the session: an `.output` file still open is renamed into place. The executable
    /// calls it before it exits.
    public func finish() {
        endRedirect()
    }
}
