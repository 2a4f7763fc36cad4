import LineEditing
import ReportShell

/// The shell on a terminal: libedit reads lines (editing, history, Tab completion from the session),
/// an `InputBuffer` gathers them into statements, and the session runs each with Ctrl-C able to stop
/// it. Ctrl-C while typing drops the line; Ctrl-D on an empty line or `.quit` leaves with status 0.
enum InteractiveShell {
    static func run(_ session: Session, reader: EditLineReader) -> Int32 {
        session.historyEntries = { reader.history.entries }
        if let error = reader.history.loadError { StandardStreams.writeError("gongkai: \(error)\n") }
        StandardStreams.writeOutput(session.banner)
        var buffer = InputBuffer()
        var historyFailed = false
        while !session.hasQuit {
            switch reader.readLine(prompt: buffer.prompt) {
            case .line(let line):
                guard let entry = buffer.add(line) else { continue }
                if let error = reader.addHistory(entry), !historyFailed {
                    StandardStreams.writeError("gongkai: \(error)\n")
                    historyFailed = true
                }
                // A failing statement is shown, not remembered: the shell itself still exits 0.
                _ = InterruptWatcher.run(cancelling: session.cancellation) { session.execute(entry) }
            case .interrupted:
                buffer.clear()
            case .endOfFile:
                return ExitStatus.success
            }
        }
        return ExitStatus.success
    }
}
