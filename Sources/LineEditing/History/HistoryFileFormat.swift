/// The history file's text form: one entry per line, so that a multi-line entry survives.
/// Inside an entry `\` is written `\\`, a newline `\n` and a carriage return `\r`.
/// Reading undoes exactly that; any other backslash pair is kept as written.
public enum HistoryFileFormat {
    /// The file contents for `entries` (each line terminated by a newline).
    public static func encode(_ entries: [String]) -> String {
        var text = ""
        for entry in entries {
            text += escape(entry)
            text += "\n"
        }
        return text
    }

    /// The entries stored in `text`; blank lines are skipped.
    public static func decode(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { unescape($0) }
    }

    static func escape(_ entry: String) -> String {
        var out = ""
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape(_ line: Substring) -> String {
        var out = ""
        var pendingBackslash = false
        for scalar in line.unicodeScalars {
            if pendingBackslash {
                pendingBackslash = false
                switch scalar {
                case "\\": out += "\\"
                case "n": out += "\n"
                case "r": out += "\r"
                default:
                    out += "\\"
                    out.unicodeScalars.append(scalar)
                }
            } else if scalar == "\\" {
                pendingBackslash = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { out += "\\" }
        return out
    }
}
