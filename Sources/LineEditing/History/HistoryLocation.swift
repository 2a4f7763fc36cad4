/// Where the per-user history file lives. Pure: the environment is passed in.
public enum HistoryLocation {
    /// Environment variable that overrides the location (tests point it at a temporary file).
    public static let overrideVariable = "GONGKAI_HISTORY"

    /// `$GONGKAI_HISTORY`, else `$XDG_STATE_HOME/gongkai/history`, else `$HOME/.gongkai_history`,
    /// else nil (history is then kept in memory only). Empty values count as unset;
    /// `XDG_STATE_HOME` is ignored unless absolute, as the XDG spec requires.
    public static func path(environment: [String: String]) -> String? {
        if let explicit = nonEmpty(environment[overrideVariable]) {
            return explicit
        }
        if let state = nonEmpty(environment["XDG_STATE_HOME"]), state.hasPrefix("/") {
            return joined(state, "gongkai/history")
        }
        if let home = nonEmpty(environment["HOME"]) {
            return joined(home, ".gongkai_history")
        }
        return nil
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HistoryLocation {
    /// `path(environment:)` for this process's environment.
    public static func pathForCurrentProcess() -> String? {
        var environment: [String: String] = [:]
        for name in [overrideVariable, "XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return path(environment: environment)
    }
}
