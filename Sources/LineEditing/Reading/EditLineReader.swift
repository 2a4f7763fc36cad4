import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line editing on a terminal, by libedit: emacs key bindings, Up/Down through a
/// persistent `HistoryStore`, Tab completion, Ctrl-C to discard the line, Ctrl-D to quit.
///
/// Create one per process, after nothing else has changed the terminal. The initializer adopts
/// a UTF-8 LC_CTYPE (`TerminalLocale.adoptUTF8`) so Chinese input and prompts work with LANG
/// unset. Ctrl-C never kills the shell: while `readLine` waits it is an editing key that
/// abandons the line (`.interrupted`); between lines the terminal sends SIGINT, which the reader
/// catches for its whole lifetime (`SignalInterrupt`) so that long-running work can poll
/// `SignalInterrupt.flag`. The previous SIGINT disposition is restored when the reader is released.
///
/// Prompts may carry terminal escapes (colour) wrapped in `EditLineReader.promptIgnore`
/// characters, so libedit does not count them as columns.
public final class EditLineReader: LineReader {
    /// Candidates for the word before the cursor, given the line up to the cursor
    /// (see `TabCompletion` for what a word is and what Tab then does).
    public typealias Completer = (String) -> [String]

    /// Brackets non-printing prompt text: "\u{1}\u{1B}[1m\u{1}gongkai>\u{1}\u{1B}[0m\u{1} ".
    public static let promptIgnore: Character = "\u{1}"

    /// The history Up/Down walk through; `addHistory` appends to it and saves it.
    public private(set) var history: HistoryStore

    private let completer: Completer?
    private let editor: OpaquePointer
    private let libeditHistory: OpaquePointer
    private let streams: TerminalStreams
    private var prompt: UnsafeMutablePointer<CChar>?
    private var interruptedByKey = false
    private let previousInterruptAction: SignalInterrupt.PreviousAction

    /// Sets up libedit on `inputFD`/`outputFD` (duplicated, not closed) with `history` loaded
    /// for Up/Down and `completer` bound to Tab. Returns nil if libedit cannot be initialised.
    public init?(
        inputFD: Int32 = 0, outputFD: Int32 = 1, errorFD: Int32 = 2,
        history: HistoryStore, completer: Completer? = nil
    ) {
        TerminalLocale.adoptUTF8()
        guard let streams = TerminalStreams(input: inputFD, output: outputFD, error: errorFD) else { return nil }
        guard let editor = el_init("gongkai", streams.input, streams.output, streams.error) else {
            streams.closeAll()
            return nil
        }
        guard let libeditHistory = history_init() else {
            el_end(editor)
            streams.closeAll()
            return nil
        }
        self.streams = streams
        self.editor = editor
        self.libeditHistory = libeditHistory
        self.history = history
        self.completer = completer
        previousInterruptAction = SignalInterrupt.install()
        configure()
    }

    deinit {
        SignalInterrupt.restore(previousInterruptAction)
        el_end(editor)
        history_end(libeditHistory)
        streams.closeAll()
        free(prompt)
    }

    public func readLine(prompt text: String) -> LineReadResult {
        free(prompt)
        prompt = strdup(text)
        fflush(nil)  // what the program printed must appear before the prompt
        _ = SignalInterrupt.flag.consume()  // a Ctrl-C pressed between lines is spent
        SignalInterrupt.drainWakeups()
        interruptedByKey = false
        // libedit prints the prompt before it leaves cooked mode; a key typed in between is
        // seen by the kernel's line discipline (Ctrl-D there is lost). Enter editing mode first.
        cel_prepare_terminal(editor, 1)
        var count: Int32 = 0
        let line = el_gets(editor, &count)
        let failure = errno
        if let line {
            var text = String(cString: line)
            if text.hasSuffix("\n") { text.removeLast() }
            return .line(text)
        }
        let signalled = SignalInterrupt.flag.consume()  // SIGINT from outside the terminal
        if interruptedByKey || (count < 0 && (signalled || failure == EINTR)) {
            streams.write("^C\n")
            return .interrupted
        }
        if Terminal.isInteractive(fd: streams.inputFD) {
            streams.write("\n")  // libedit echoed ^D; end that line
        }
        return .endOfFile
    }

    @discardableResult
    public func addHistory(_ entry: String) -> HistoryError? {
        guard HistoryStore.isWorthKeeping(entry), entry != history.entries.last else { return nil }
        cel_history_enter(libeditHistory, entry)
        return history.add(entry)
    }

    private func configure() {
        cel_history_set_size(libeditHistory, Int32(history.limit))
        cel_history_set_unique(libeditHistory, 1)
        for entry in history.entries {
            cel_history_enter(libeditHistory, entry)
        }
        cel_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        cel_set_editor(editor, "emacs")
        cel_set_history(editor, libeditHistory)
        cel_set_prompt_esc(editor, { editor in
            guard let reader = editor.flatMap(EditLineReader.owning) else { return nil }
            return reader.prompt
        }, CChar(Self.promptIgnore.asciiValue!))
        EditLineBindings.install(on: editor, functions: EditLineBindings.Functions(
            complete: { editor, _ in
                guard let reader = editor.flatMap(EditLineReader.owning) else { return UInt8(CC_ERROR) }
                return reader.completeAtCursor()
            },
            interrupt: { editor, _ in
                guard let reader = editor.flatMap(EditLineReader.owning) else { return UInt8(CC_ERROR) }
                reader.interruptedByKey = true
                return UInt8(CC_EOF)  // ends el_gets with no line
            },
            suspend: { editor, _ in
                guard let reader = editor.flatMap(EditLineReader.owning) else { return UInt8(CC_ERROR) }
                return reader.suspend()
            }))
        cel_set_getc(editor) { editor, character in
            guard let reader = editor.flatMap(EditLineReader.owning), let character else { return -1 }
            return reader.readCharacter(into: character)
        }
        el_source(editor, nil)  // the user's ~/.editrc, as every libedit program reads it
    }

    private static func owning(_ editor: OpaquePointer) -> EditLineReader? {
        cel_get_client_data(editor).map { Unmanaged<EditLineReader>.fromOpaque($0).takeUnretainedValue() }
    }

    /// libedit's read-a-character hook: 1 with a character, 0 at end of input, -1 with errno.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        switch KeyboardInput.next(from: streams.inputFD) {
        case .character(let scalar):
            character.pointee = wchar_t(bitPattern: scalar.value)
            return 1
        case .endOfInput:
            return 0
        case .interrupted:
            errno = EINTR
            return -1
        case .failed(let code):
            errno = code
            return -1
        }
    }

    /// The Ctrl-Z handler: give the terminal back, stop like any job, and redraw on `fg`.
    private func suspend() -> UInt8 {
        cel_prepare_terminal(editor, 0)
        kill(getpid(), SIGTSTP)
        cel_prepare_terminal(editor, 1)
        return UInt8(CC_REDISPLAY)
    }

    /// The Tab handler: asks the completer, then edits the line or lists the candidates.
    private func completeAtCursor() -> UInt8 {
        guard let completer, let info = el_line(editor)?.pointee else { return UInt8(CC_REFRESH_BEEP) }
        let before = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer),
            as: UTF8.self)
        let after = String(
            decoding: UnsafeRawBufferPointer(start: info.cursor, count: info.lastchar - info.cursor),
            as: UTF8.self)
        let action = TabCompletion.action(
            textBeforeCursor: before, nextCharacter: after.first, candidates: completer(before))
        switch action {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editor, Int32(deleting)) }
            return el_insertstr(editor, inserting) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let candidates):
            let width = Terminal.width(fd: streams.outputFD)
            streams.write("\n" + CandidateListing.format(candidates, width: width) + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }
}
