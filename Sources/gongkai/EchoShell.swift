import LineEditing

/// TEMPORARY (phase 1, until the session lands): reads lines and echoes them back, so the
/// terminal layer — editing, history, Ctrl-C/Ctrl-D, Tab — can be exercised end to end.
enum EchoShell {
    /// The words Tab completes here.
    static let words = [".quit", ".help", "select", "requests.new"]

    static func run() {
        if Terminal.isInteractive(fd: 0),
            let reader = EditLineReader(
                outputFD: Terminal.isInteractive(fd: 1) ? 1 : 2,
                history: HistoryStore(path: HistoryLocation.pathForCurrentProcess()),
                completer: complete)
        {
            StandardStreams.writeOutput("gongkai — line-editing preview: lines are echoed. .quit or Ctrl-D leaves.\n")
            loop(reader, prompt: "公开> ")
        } else {
            loop(PlainLineReader(fileDescriptor: 0), prompt: "")
        }
    }

    private static func loop(_ reader: LineReader, prompt: String) {
        while true {
            switch reader.readLine(prompt: prompt) {
            case .line(let text):
                if text.split(whereSeparator: \.isWhitespace) == [".quit"] { return }
                if let error = reader.addHistory(text) { StandardStreams.writeError("\(error)\n") }
                StandardStreams.writeOutput("you typed: \(text)\n")
            case .interrupted:
                continue
            case .endOfFile:
                return
            }
        }
    }

    private static func complete(_ textBeforeCursor: String) -> [String] {
        let word = TabCompletion.currentWord(in: textBeforeCursor)
        return words.filter { $0.hasPrefix(word) }
    }
}
