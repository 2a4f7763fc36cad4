#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell runs in.
public enum Terminal {
    /// The width assumed when neither the terminal nor `COLUMNS` says.
    public static let fallbackWidth = 80

    /// Whether `fd` is a terminal (so the shell is interactive on it).
    public static func isInteractive(fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The terminal's width in columns: what the terminal reports for `fd`, else `$COLUMNS`,
    /// else 80.
    public static func width(fd: Int32) -> Int {
        var size = winsize()
        let reported = ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
        let columns = getenv("COLUMNS").map { String(cString: $0) }
        return width(reported: reported, columnsVariable: columns)
    }

    /// The width rule, without the system: a positive reported width wins, then a positive
    /// integer `COLUMNS`, then `fallbackWidth`.
    public static func width(reported: Int?, columnsVariable: String?) -> Int {
        if let reported, reported > 0 { return reported }
        if let text = columnsVariable, let columns = Int(text), columns > 0 { return columns }
        return fallbackWidth
    }
}
