import FileAccess

/// Where views persist when `--views` does not say: `$XDG_CONFIG_HOME/gongkai/views.sql`, else
/// `$HOME/.config/gongkai/views.sql`, else nowhere (views then last for the session only).
/// Empty values count as unset; `XDG_CONFIG_HOME` is ignored unless absolute, as the XDG spec says.
public enum ViewsLocation {
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return FilePaths.join(config, "gongkai/views.sql")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return FilePaths.join(home, ".config/gongkai/views.sql")
        }
        return nil
    }
}
