/// What one attempt to read a line produced.
public enum LineReadResult: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C while typing: the partial line was discarded.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or the end of a pipe or file.
    case endOfFile
}
