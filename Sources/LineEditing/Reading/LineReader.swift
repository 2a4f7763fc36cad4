/// A source of input lines for the shell: interactive (`EditLineReader`) or not (`PlainLineReader`).
///
/// Readers are used from one thread at a time; they are classes because they own buffers,
/// terminal state and history.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> LineReadResult

    /// Records a complete entry (possibly several lines joined by newlines) in the history,
    /// so that Up recalls it. Returns the error if the history could not be saved; the entry
    /// stays in memory either way. Non-interactive readers keep no history and return nil.
    @discardableResult
    func addHistory(_ entry: String) -> HistoryError?
}
