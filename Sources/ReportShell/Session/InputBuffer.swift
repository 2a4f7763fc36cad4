import ReportQuery

/// The interactive shell's typing buffer: lines accumulate until `StatementSplitter.isTerminated` says
/// the text is ready to run — it ends with `;`, as in sqlite3, psql and DuckDB, however early it would
/// parse, or it is a meta-command line — then the whole entry (one history entry, however many lines)
/// is handed back to run; a pasted script thus runs each statement once, at its `;`.
public struct InputBuffer: Sendable {
    /// The prompt for a new statement.
    public static let prompt = "gongkai> "
    /// The prompt for its further lines, as wide as `prompt` so the text lines up under it.
    public static let continuationPrompt = "      …> "

    /// The lines typed so far, joined by newlines.
    public private(set) var text = ""

    public init() {}

    /// The prompt to show for the next line.
    public var prompt: String { text.isEmpty ? InputBuffer.prompt : InputBuffer.continuationPrompt }

    /// Adds a typed line. Returns the entry to run when it is complete (the buffer is then empty),
    /// nil when more is needed. Blank lines before a statement and lines holding only comments
    /// are dropped.
    public mutating func add(_ line: String) -> String? {
        text = text.isEmpty ? line : text + "\n" + line
        if StatementSplitter.isTerminated(text) {
            defer { text = "" }
            return text
        }
        if StatementSplitter.split(text).isEmpty {
            text = ""
        }
        return nil
    }

    /// Drops what was typed (Ctrl-C).
    public mutating func clear() {
        text = ""
    }
}
