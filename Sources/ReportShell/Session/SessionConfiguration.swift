import FileAccess
import ReportIngest
import ReportOutput

/// How a session starts: what to load, how to show results, where views persist.
public struct SessionConfiguration {
    /// Report files or folders to load, as given (relative paths are relative to the current directory).
    public var paths: [String]
    /// The output format results start in (`--format`; `.format` changes it).
    public var format: OutputFormat
    /// An interactive shell on a terminal: results get a row-count footer, at most 100 rows, tables
    /// wider than the terminal with their middle columns elided; messages such as "wrote 3 rows"
    /// go to standard output. Otherwise (script mode: -c, -f, piped input) every row is written in
    /// the chosen format, with no footer, and such messages go to standard error, so standard output
    /// carries only results.
    public var interactive: Bool
    /// Run the rest of a script after a failing statement (the status still reports the failure).
    public var keepGoing: Bool
    /// The views file; nil keeps views in memory only.
    public var viewsPath: String?
    /// Shown in the banner.
    public var version: String
    public var loadOptions: LoadOptions
    /// The terminal's width now (asked before each result is shown), or nil when there is none.
    public var terminalWidth: () -> Int?
    /// Test hook, inert at 0: every statement first waits this many milliseconds, polling the
    /// cancellation token as the engine does, so a test can interrupt a "long" query. The executable
    /// sets it from the environment variable GONGKAI_TEST_SLOW_QUERY_MS.
    public var testQueryDelayMilliseconds: Int
    /// `-q`/`--quiet`: no load summary line (problems with files are still reported).
    public var quiet = false
    /// `--no-header`: results start without the header row (`.headers on` brings it back).
    public var headers = true
    /// `--bom`: CSV results start with a UTF-8 byte-order mark.
    public var bom = false
    /// `-s`/`--separator`: CSV's field separator instead of the comma.
    public var separator: String?
    /// Where exports (and `.output`/`.once` files) record their temporary files while they write,
    /// so that those a `kill -9` leaves are removed at the next start (`TemporaryJournal`); nil
    /// records nothing. The executable uses `TemporaryJournal.location(environment:)`.
    public var journal: TemporaryJournal?
    /// `$COLUMNS` as a number, when set: the width listings fit when standard output is no terminal.
    public var columns: Int?

    public init(
        paths: [String] = ["corpus/"], format: OutputFormat = .table, interactive: Bool = false,
        keepGoing: Bool = false, viewsPath: String? = nil, version: String = "0.1.0",
        loadOptions: LoadOptions = LoadOptions(), terminalWidth: @escaping () -> Int? = { nil },
        testQueryDelayMilliseconds: Int = 0
    ) {
        self.paths = paths
        self.format = format
        self.interactive = interactive
        self.keepGoing = keepGoing
        self.viewsPath = viewsPath
        self.version = version
        self.loadOptions = loadOptions
        self.terminalWidth = terminalWidth
        self.testQueryDelayMilliseconds = testQueryDelayMilliseconds
    }
}
