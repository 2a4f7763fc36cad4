#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the temporary files of exports in flight are recorded, so that those a `kill -9` leaves
/// beside an export's target — in a folder the next start knows nothing of — are removed then.
///
/// Before a temporary file (or folder) is created for an export, `record` writes a small entry,
/// `PID.HEX` (the temporary's own process id and random suffix), holding the temporary's absolute
/// path; after the rename (or the failure) `forget` removes it. At start, `removeStale()` reads
/// every entry whose process is gone and removes the temporary it names — only when that name is
/// gongkai's own (`.NAME.PID.HEX.tmp`, the same PID and HEX as the entry's name) and it is not a
/// symbolic link's target (links are removed, never followed) — then the entry. An entry of a
/// running process is never touched. The folder is `$XDG_STATE_HOME/gongkai/exports`, else
/// `~/.local/state/gongkai/exports` (`location(environment:)`).
///
/// Entries are not flushed to disk: a `kill -9` keeps what the process wrote, a power cut may not.
public struct TemporaryJournal: Sendable, Hashable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `$XDG_STATE_HOME/gongkai/exports` (only when absolute, as the XDG spec says), else
    /// `$HOME/.local/state/gongkai/exports`, else nil (no journal).
    public static func location(environment: [String: String]) -> TemporaryJournal? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return TemporaryJournal(folder: FilePaths.join(state, "gongkai/exports"))
        }
        if let home = environment["HOME"], !home.isEmpty {
            return TemporaryJournal(folder: FilePaths.join(home, ".local/state/gongkai/exports"))
        }
        return nil
    }

    /// Records that this process is about to create `temporary` (an absolute path made by
    /// `AtomicFile.temporaryPath`); returns the entry's path, or nil when it could not be written
    /// (the export then goes on, unrecorded).
    public func record(_ temporary: String) -> String? {
        guard let key = TemporaryJournal.key(of: temporary) else { return nil }
        if AtomicFile.makeDirectories(folder) != nil { return nil }
        let entry = FilePaths.join(folder, key)
        let fd = open(entry, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard AtomicFile.writeAll(Array(FilePaths.absolute(temporary).utf8), to: fd, path: entry) == nil else {
            unlink(entry)
            return nil
        }
        return entry
    }

    /// Removes an entry `record` made (its temporary is renamed into place or removed).
    public func forget(_ entry: String?) {
        if let entry { unlink(entry) }
    }

    /// Removes the temporaries of entries whose process is gone, then those entries; returns the
    /// temporaries removed.
    @discardableResult
    public func removeStale() -> [String] {
        guard let directory = opendir(folder) else { return [] }
        var names: [String] = []
        while let entry = readdir(directory) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            })
        }
        closedir(directory)
        var removed: [String] = []
        for name in names {
            guard let pid = TemporaryJournal.processID(inKey: name), StaleTemporaries.isGone(pid) else { continue }
            let entry = FilePaths.join(folder, name)
            if case .success(let bytes?) = AtomicFile.contents(of: entry), bytes.count <= 4096 {
                let temporary = String(decoding: bytes, as: UTF8.self)
                if temporary.hasPrefix("/"), TemporaryJournal.key(of: temporary) == name, TemporaryJournal.removeItem(temporary) {
                    removed.append(temporary)
                }
            }
            unlink(entry)
        }
        return removed
    }

    /// `PID.HEX` of an `AtomicFile` temporary name `.NAME.PID.HEX.tmp`, or nil for any other name.
    static func key(of temporary: String) -> String? {
        let name = FilePaths.lastComponent(of: temporary)
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let key = "\(parts[parts.count - 2]).\(parts[parts.count - 1])"
        return processID(inKey: key) == nil ? nil : key
    }

    /// The PID of an entry name `PID.HEX`, or nil when it is no such name.
    static func processID(inKey key: String) -> Int32? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit),
              !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let pid = Int32(parts[0]), pid > 0 else { return nil }
        return pid
    }

    /// Removes a file, a link (not what it points to) or a folder tree; whether anything was removed.
    private static func removeItem(_ path: String) -> Bool {
        guard let status = FileStatus.of(path, followingLinks: false) else { return false }
        if status.kind == .directory {
            AtomicFolder.removeTree(path)
            return FileStatus.of(path, followingLinks: false) == nil
        }
        return unlink(path) == 0
    }
}
