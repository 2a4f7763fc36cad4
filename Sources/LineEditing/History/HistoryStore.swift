import FileAccess
/// The shell's command history, persisted to one per-user file (see `HistoryLocation`).
///
/// The file is loaded once, at creation; every accepted `add` rewrites it atomically
/// (temporary file, fsync, rename), so a crash loses at most the entry being added.
/// If the existing file could not be read, the store never writes it: a permission problem
/// must not wipe someone's history.
public struct HistoryStore: Sendable {
    /// How many entries are kept when no other limit is given.
    public static let defaultLimit = 2000

    /// The history file, or nil for an in-memory history.
    public let path: String?
    /// The maximum number of entries kept; the oldest are dropped first.
    public let limit: Int
    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// Why the file could not be loaded, if it could not (a missing file is not an error).
    public let loadError: HistoryError?

    /// Loads the history at `path` (nil: keep history in memory only).
    public init(path: String?, limit: Int = HistoryStore.defaultLimit) {
        self.path = path
        self.limit = max(1, limit)
        guard let path else {
            loadError = nil
            return
        }
        StaleTemporaries.remove(besides: path)
        switch AtomicFile.contents(of: path) {
        case .success(let bytes):
            loadError = nil
            let loaded = HistoryFileFormat.decode(String(decoding: bytes ?? [], as: UTF8.self))
            entries = Array(loaded.suffix(self.limit))
        case .failure(let error):
            loadError = HistoryError(error)
        }
    }

    /// Appends `entry` and saves the file. Blank entries and an entry equal to the previous one
    /// are ignored. Returns the error if saving failed; the entry is kept in memory regardless.
    @discardableResult
    public mutating func add(_ entry: String) -> HistoryError? {
        guard HistoryStore.isWorthKeeping(entry), entry != entries.last else { return nil }
        entries.append(entry)
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
        }
        return save()
    }

    /// Whether `entry` would be recorded at all (it has something besides white space).
    public static func isWorthKeeping(_ entry: String) -> Bool {
        entry.contains { !$0.isWhitespace }
    }

    private func save() -> HistoryError? {
        guard let path, loadError == nil else { return loadError }
        // The history file is private: its folder is made with mode 0700 when missing.
        return AtomicFile.write(Array(HistoryFileFormat.encode(entries).utf8), to: path, createDirectories: true)
            .map(HistoryError.init)
    }
}
