#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character-type locale libedit needs. libedit decodes keystrokes and the prompt with the
/// C library's multibyte functions: in the default "C" locale (LANG unset) it drops Chinese
/// keystrokes and a Chinese prompt crashes it. So the shell adopts the user's locale and, when
/// that is not UTF-8, falls back to C.UTF-8 for LC_CTYPE only (numbers and messages untouched).
public enum TerminalLocale {
    /// Sets LC_CTYPE as described above, before any `EditLine` is created.
    /// Returns whether a UTF-8 character set is now in effect.
    @discardableResult
    public static func adoptUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the current LC_CTYPE character set is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
