#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files a killed gongkai left behind (a `kill -9` between creating one and renaming it):
/// removed at the next start — only names of gongkai's own patterns, only when the process whose id
/// the name holds is gone. A temporary file of a running gongkai (this one or another) is never
/// touched.
///
/// Patterns: `AtomicFile`'s `.NAME.PID.HEX.tmp` beside NAME; the parse cache's `NAME.tmp.PID` and
/// `NAME.tmp.PID.data` beside NAME.
public enum StaleTemporaries {
    /// Removes the stale temporary files of `path` from its folder; returns the names removed.
    @discardableResult
    public static func remove(besides path: String) -> [String] {
        let folder = FilePaths.directory(of: path)
        let name = FilePaths.lastComponent(of: path)
        guard let directory = opendir(folder) else { return [] }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let pid = processID(inTemporary: entryName, of: name), isGone(pid) { stale.append(entryName) }
        }
        closedir(directory)
        return stale.filter { unlink(FilePaths.join(folder, $0)) == 0 }
    }

    /// The process id a temporary file name of `name` holds, or nil when it is no such name.
    static func processID(inTemporary entry: String, of name: String) -> Int32? {
        var middle: Substring
        if entry.hasPrefix("." + name + "."), entry.hasSuffix(".tmp") {
            middle = entry.dropFirst(name.count + 2).dropLast(4)   // PID.HEX
            let parts = middle.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit) else { return nil }
            middle = parts[0]
        } else if entry.hasPrefix(name + ".tmp.") {
            middle = entry.dropFirst(name.count + 5)                // PID or PID.data
            if middle.hasSuffix(".data") { middle = middle.dropLast(5) }
        } else {
            return nil
        }
        guard !middle.isEmpty, middle.allSatisfy({ $0.isASCII && $0.isNumber }), let pid = Int32(middle), pid > 0 else { return nil }
        return pid
    }

    /// Whether no process has this id (so none can still be writing its temporary file).
    static func isGone(_ pid: Int32) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
