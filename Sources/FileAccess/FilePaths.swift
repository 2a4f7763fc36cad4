import Foundation

/// Path arithmetic the shell needs: joining, resolving against the current directory, and deciding
/// whether one path lies inside another once `.`/`..` and symbolic links are resolved.
public enum FilePaths {
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The folder part of a path ("." for a bare name, "/" for a file at the root).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The part after the last `/`.
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `path` made absolute against the process's current directory; a leading `~` or `~/` expands
    /// to `$HOME` (as a shell does; the password database only when `HOME` is unset).
    public static func absolute(_ path: String) -> String {
        var expanded = path
        if expanded == "~" || expanded.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? NSString(string: "~").expandingTildeInPath
            expanded = home + expanded.dropFirst()
        }
        if expanded.hasPrefix("/") { return expanded }
        return join(FileManager.default.currentDirectoryPath, expanded)
    }

    /// The absolute path with `.`, `..` and symbolic links resolved as the system resolves them when
    /// opening it — for the part that exists, so a file about to be created resolves through its
    /// folder. `..` is resolved after the link before it, never by cutting the spelling.
    public static func canonical(_ path: String) -> String {
        let full = absolute(path)
        if let resolved = realpath(full, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = directory(of: full)
        guard parent != full else { return full }
        let base = canonical(parent)
        switch lastComponent(of: full) {
        case "", ".": return base
        case "..": return directory(of: base)
        case let name: return join(base, name)
        }
    }

    /// Whether `path` is `container` or lies below it (both canonical).
    public static func isInside(_ path: String, _ container: String) -> Bool {
        path == container || path.hasPrefix(container.hasSuffix("/") ? container : container + "/")
    }

    public static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// The text without a leading UTF-8 byte-order mark (U+FEFF), as editors on Windows save it.
    public static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// A UTF-8 text file's contents (invalid bytes replaced, a leading byte-order mark dropped), or
    /// the reason it cannot be read.
    public static func readText(_ path: String) -> Result<String, FileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let code: Int32 = FileManager.default.fileExists(atPath: path) ? (isDirectory(path) ? EISDIR : EACCES) : ENOENT
            return .failure(FileError(path: path, operation: "read", code: code))
        }
        return .success(withoutByteOrderMark(String(decoding: data, as: UTF8.self)))
    }
}
