import Glibc

/// A pseudo-terminal pair: the master side the test reads and writes, and the path of the
/// slave side a child process opens as its terminal.
struct PseudoTerminal {
    let master: Int32
    let slavePath: String

    struct Failure: Error, CustomStringConvertible {
        let step: String
        let code: Int32
        var description: String { "pseudo-terminal: \(step) failed: \(String(cString: strerror(code)))" }
    }

    /// Opens a pair whose window is `columns` × `rows`.
    static func open(columns: Int, rows: Int) throws -> PseudoTerminal {
        let master = PseudoTerminalFunctions.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(step: "posix_openpt", code: errno) }
        var name = [CChar](repeating: 0, count: 128)
        guard PseudoTerminalFunctions.grant(master) == 0,
            PseudoTerminalFunctions.unlock(master) == 0,
            PseudoTerminalFunctions.slaveName(master, &name, name.count) == 0
        else {
            let code = errno
            close(master)
            throw Failure(step: "grantpt/unlockpt/ptsname", code: code)
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return PseudoTerminal(master: master, slavePath: path)
    }
}
