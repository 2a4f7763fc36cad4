import Glibc

/// Runs a program on a fresh pseudo-terminal, as a person at a terminal would: it is a session
/// leader whose controlling terminal is the pty, so Ctrl-C arrives as SIGINT.
///
/// Never hangs: every wait has a deadline, and a child still running when the session is
/// released (or a wait for its exit times out) is killed.
///
///     let shell = try TerminalSession(executable: path, environment: env)
///     XCTAssertTrue(shell.expect("公开> "))
///     shell.send("select 机关" + Key.enter)
///     XCTAssertTrue(shell.expect("you typed: select 机关"))
///     shell.send(Key.ctrlD)
///     XCTAssertEqual(shell.waitForExit(), .exited(0))
final class TerminalSession {
    /// How the child ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Still running at the deadline; it has been killed.
        case timedOut
    }

    private let pty: PseudoTerminal
    private let pid: pid_t
    private var raw: [UInt8] = []
    private var consumed = 0  // how far in the cleaned transcript `expect` has matched
    private var termination: Termination?

    /// Everything the child wrote, decoded as UTF-8.
    var rawOutput: String { String(decoding: raw, as: UTF8.self) }
    /// The output without escape sequences (see `ANSIText`).
    var transcript: String { ANSIText.clean(rawOutput) }

    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        columns: Int = 100, rows: Int = 30
    ) throws {
        pty = try PseudoTerminal.open(columns: columns, rows: rows)
        pid = try ChildProcess.spawn(
            executable: executable, arguments: arguments, environment: environment,
            terminalPath: pty.slavePath)
    }

    deinit {
        if termination == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(pty.master)
    }

    /// Types `keys` (UTF-8) into the terminal once the line editor is listening (the terminal
    /// has left canonical mode), as a person would after seeing the prompt. Keys typed while
    /// the program is busy go through the kernel's line discipline instead, which turns Ctrl-D
    /// into a NUL the editor later reads; `waitForEditor: false` types them anyway.
    /// After a key that ends a line (Enter, Ctrl-C), `expect` something printed after it (the
    /// output, the next prompt) before typing on: until then the old line's editing mode may
    /// still be in force.
    func send(_ keys: String, waitForEditor: Bool = true) {
        if waitForEditor { _ = waitUntilEditing() }
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(pty.master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Sends `signal` to the child directly (not through the terminal).
    func signal(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits until `text` appears in the transcript after the previous match, and moves past it.
    /// False if it did not appear within `timeout` seconds or the terminal closed first.
    @discardableResult
    func expect(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Self.now() + timeout
        while true {
            let cleaned = transcript
            let searchStart = cleaned.index(cleaned.startIndex, offsetBy: min(consumed, cleaned.count))
            if let match = cleaned[searchStart...].range(of: text) {
                consumed = cleaned.distance(from: cleaned.startIndex, to: match.upperBound)
                return true
            }
            let remaining = deadline - Self.now()
            if remaining <= 0 || !readAvailable(waitingUpTo: remaining) { return false }
        }
    }

    /// Waits (collecting output) until the terminal is out of canonical mode — libedit enters
    /// its editing mode before it prints the prompt. False if that did not happen in `timeout`.
    func waitUntilEditing(timeout: Double = 10) -> Bool {
        let deadline = Self.now() + timeout
        while Self.now() < deadline {
            var modes = termios()
            // On Linux the master reports the terminal's (slave's) modes.
            if tcgetattr(pty.master, &modes) == 0 && modes.c_lflag & tcflag_t(ICANON) == 0 { return true }
            _ = readAvailable(waitingUpTo: 0.005)
        }
        return false
    }

    /// Waits for the child to exit (collecting its last output); kills it at the deadline.
    func waitForExit(timeout: Double = 10) -> Termination {
        if let termination { return termination }
        let deadline = Self.now() + timeout
        while true {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                while readAvailable(waitingUpTo: 0.05) {}
                let signal = status & 0x7F
                let ended: Termination = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
                termination = ended
                return ended
            }
            if Self.now() >= deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                termination = .timedOut
                return .timedOut
            }
            _ = readAvailable(waitingUpTo: 0.05)
        }
    }

    /// Reads what the child has written, waiting up to `seconds` for something to arrive.
    /// False when nothing arrived in time or the terminal is closed.
    private func readAvailable(waitingUpTo seconds: Double) -> Bool {
        var request = pollfd(fd: pty.master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(max(0, seconds * 1000)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(pty.master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }  // EIO once the child and its terminal are gone
        raw.append(contentsOf: buffer[..<count])
        return true
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// The printable keys' terminal encodings, as a terminal in its default mode sends them.
enum Key {
    static let enter = "\r"
    static let backspace = "\u{7F}"
    static let tab = "\t"
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"
    static let ctrlC = "\u{3}"
    static let ctrlD = "\u{4}"
    static let ctrlZ = "\u{1A}"
}
