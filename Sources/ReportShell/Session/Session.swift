import FileAccess
import ReportIngest
import ReportModel
import ReportOutput
import ReportQuery

/// The shell's session: the loaded corpus and the query engine over it, the views and their file,
/// the display settings, the last result. It runs what the user gives it — statements for the engine
/// and meta-commands (`.help`, `.format csv` …) — one item or a whole script at a time, and returns a
/// `SessionStatus`. It reads no terminal and writes only through its `SessionOutput`, so the
/// executable decides where text goes and tests run it in-process.
///
///     let session = Session(configuration: SessionConfiguration(paths: ["corpus/"]), output: output)
///     let status = session.runScript("select agency, year;", name: "q.sql")
public final class Session {
    public let configuration: SessionConfiguration
    let output: SessionOutput
    public internal(set) var corpus: Corpus
    public internal(set) var summary: LoadSummary
    public internal(set) var database: Database
    var viewStore: ViewStore
    var settings: DisplaySettings
    /// The last query's rows, for `.chart`.
    public internal(set) var lastResult: ResultSet?
    /// Cancels the running statement: the executable calls `cancel()` from another thread on Ctrl-C.
    public let cancellation = CancellationToken()
    /// Set by `.quit`/`.exit`: the caller stops feeding input.
    public internal(set) var hasQuit = false
    /// The interactive history, oldest first, for `.history` (the executable owns the history file).
    public var historyEntries: () -> [String] = { [] }
    /// Where the item being run starts in its script, for error messages.
    var location: ScriptLocation?
    /// How deep `.read` has nested (a script reading itself is stopped).
    var readDepth = 0
    /// `.output FILE` / `.once FILE`: where results go instead of standard output.
    var redirection: OutputRedirect?
    /// After `.once`: the items (the `.once` itself, then the next) before its file is closed.
    var onceItemsLeft = 0
    /// When the start's phases ended (`StartPhases`: start, loaded, ready); the executable adds its own.
    public var startPhases = StartPhases()

    /// Loads the corpus and the views file, reporting the load summary, any loading problems and any
    /// bad views on the error output.
    public init(configuration: SessionConfiguration, output: SessionOutput) {
        self.configuration = configuration
        self.output = output
        startPhases.mark("start")
        settings = DisplaySettings(format: configuration.format)
        settings.headers = configuration.headers
        settings.bom = configuration.bom
        settings.separator = configuration.separator
        configuration.journal?.removeStale()
        let (corpus, summary) = Session.loadCorpus(configuration.paths, options: configuration.loadOptions)
        self.corpus = corpus
        self.summary = summary
        startPhases.mark("loaded")
        database = Database(store: ColumnStore.of(corpus))
        viewStore = ViewStore(path: configuration.viewsPath)
        reportLoad()
        for message in viewStore.load(into: &database) { output.error(message) }
        startPhases.mark("ready")
    }

    /// The interactive shell's first line:
    /// `gongkai 0.1.0 — 5 reports from corpus/ (2 with tables as images); .help for help`.
    public var banner: String {
        let noun = summary.reports == 1 ? "report" : "reports"
        return "gongkai \(configuration.version) — \(summary.reports) \(noun) from \(sourceName) "
            + "(\(summary.withTablesAsImages) with tables as images); .help for help\n"
    }

    /// The paths loaded, as given: one path, or "N paths".
    var sourceName: String {
        corpus.paths.count == 1 ? corpus.paths[0] : "\(corpus.paths.count) paths"
    }

    /// Runs what was typed or given with -c: one or more statements and meta-commands. Errors are
    /// shown against the statement, without a file position.
    @discardableResult
    public func execute(_ input: String) -> SessionStatus {
        cancellation.reset()
        return runItems(StatementSplitter.split(input), file: nil)
    }

    /// Runs a script's statements and meta-commands in order. An error is reported as
    /// `NAME:LINE:COL: error: …`; the first failure stops the script unless `keepGoing` is set.
    @discardableResult
    public func runScript(_ script: String, name: String) -> SessionStatus {
        cancellation.reset()
        return runItems(StatementSplitter.split(script), file: name)
    }

    /// Reads and runs a script file (-f, `.read`); errors name the file as given.
    @discardableResult
    public func runScriptFile(_ path: String) -> SessionStatus {
        cancellation.reset()
        return readScript(path)
    }

    /// Runs `items` in order; stops at the first failure (unless `keepGoing`), on `.quit` and on an
    /// interrupt. Returns the worst status met.
    func runItems(_ items: [ScriptItem], file: String?) -> SessionStatus {
        var worst = SessionStatus.success
        let outer = location
        defer { location = outer }
        for item in items where !hasQuit {
            location = file.map { ScriptLocation(file: $0, line: item.line, column: item.column) }
            let status = item.kind == .metaCommand ? runMetaCommand(item.text) : runStatement(item.text)
            countOnceItem(status: status)
            worst = max(worst, status)
            if cancellation.isCancelled { return max(worst, .failure) }
            if status != .success && !configuration.keepGoing { break }
        }
        return worst
    }

    /// `.read` and -f: the file's text run as a script named by its path.
    func readScript(_ path: String) -> SessionStatus {
        guard readDepth < 16 else {
            return fail(QueryError("scripts read each other too deeply (16 levels)", hint: "does a script .read itself?"))
        }
        switch FilePaths.readText(FilePaths.absolute(path)) {
        case .failure(let error):
            return fail(QueryError("\(FileError(path: path, operation: "read", code: error.code))"))
        case .success(let text):
            readDepth += 1
            defer { readDepth -= 1 }
            return runItems(StatementSplitter.split(text), file: path)
        }
    }

    /// `.quit`/`.exit`.
    func quit() {
        hasQuit = true
    }

    // MARK: - Corpus

    /// Loads the reports under `paths` (relative to the current directory; `~/` expanded).
    static func loadCorpus(_ paths: [String], options: LoadOptions) -> (Corpus, LoadSummary) {
        let expanded = paths.map { $0 == "~" || $0.hasPrefix("~/") ? FilePaths.absolute($0) : $0 }
        return CorpusLoader.loadWithSummary(paths: expanded, options: options)
    }

    /// `.load` / `.reload`: replaces the corpus, keeps the views (and reports any that no longer bind).
    /// When not one of the paths could be read, the reports loaded before stay and it fails.
    func reload(_ paths: [String]) -> SessionStatus {
        let (corpus, summary) = Session.loadCorpus(paths, options: configuration.loadOptions)
        if corpus.nothingReadable {
            for line in summary.diagnosticLines { output.error(VisibleText.escape(line) + "\n") }
            let count = self.corpus.recordCount
            return fail(QueryError("nothing could be read; the \(count) \(count == 1 ? "report" : "reports") loaded before stay loaded"))
        }
        self.corpus = corpus
        self.summary = summary
        let views = database.views
        let temporary = database.temporaryViews
        database = Database(store: ColumnStore.of(corpus))
        reportLoad()
        for problem in database.loadViews(views, temporary: temporary) {
            output.error(VisibleText.escape("gongkai: view '\(problem.name)' no longer works: \(problem.error.message)") + "\n")
        }
        lastResult = nil
        return .success
    }

    private func reportLoad() {
        for line in summary.diagnosticLines { output.error(VisibleText.escape(line) + "\n") }
        if !configuration.quiet { output.error(VisibleText.escape(summary.line) + "\n") }
    }

    // MARK: - Output

    /// Results and anything asked for (tables, `.help`, `.show`): to the `.output`/`.once` file
    /// when there is one.
    func print(_ text: String) {
        if let redirection { redirection.write(text) } else { output.standard(text) }
    }

    /// Messages about what was done ("wrote 3 rows to x.csv", "Run Time: …"): standard output in
    /// the interactive shell, standard error in script mode (so standard output holds only results).
    func inform(_ text: String) {
        configuration.interactive ? output.standard(text) : output.error(text)
    }

    /// Reports an error about the current item and returns `.failure`.
    @discardableResult
    func fail(_ error: QueryError, statement: String = "") -> SessionStatus {
        output.error(ErrorRenderer.render(error, statement: statement, location: location))
        return .failure
    }

    /// Reports a usage error (a meta-command used wrongly) and returns `.usage`.
    func usageError(_ message: String, hint: String? = nil) -> SessionStatus {
        fail(QueryError(message, hint: hint))
        return .usage
    }

    /// The options results are rendered with now: a file of `.output`/`.once` gets what a script
    /// writes (every row, no footer, never expanded to fit a terminal).
    var renderOptions: RenderOptions {
        guard redirection == nil else { return settings.renderOptions(interactive: false, terminalWidth: nil) }
        return settings.renderOptions(interactive: configuration.interactive, terminalWidth: configuration.terminalWidth())
    }

    /// Shows a result in the current format.
    func show(_ result: ResultSet, options: RenderOptions? = nil) {
        let options = options ?? renderOptions
        stream { settings.format.write(result, options: options, to: $0) }
    }

    /// What `body` writes, sent where `print` sends text: to the `.output` file or standard output,
    /// a buffer at a time when the output takes bytes, else as one text.
    func stream(_ body: (ByteWriter) -> Void) {
        let writer: ByteWriter
        if let redirection {
            writer = ByteWriter { redirection.write(bytes: $0) }
        } else if let bytes = output.standardBytes {
            writer = ByteWriter { chunk in
                bytes(chunk)
                return nil
            }
        } else {
            return output.standard(ByteWriter.text(body))
        }
        body(writer)
        writer.flush()
    }

    /// Remembers a query's rows for `.chart`.
    func remember(_ result: ResultSet) {
        lastResult = result
    }
}
