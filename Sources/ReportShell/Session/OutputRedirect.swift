#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FileAccess
import ReportQuery

/// Where `.output FILE` and `.once FILE` send results: a hidden temporary file beside the target
/// (checked as every export is, `ExportTarget`), written as results come and renamed over the
/// target when the redirection ends (`.output` alone, another `.output`/`.once`, the end of the
/// `.once` statement, the end of the session) — so the file at the target's name is always a
/// whole one, the old or the new, as for every export; a `kill -9` leaves only the temporary, which
/// the journal lets a later start remove.
final class OutputRedirect {
    /// `.output` lasts until changed; `.once` ends after the next statement or meta-command.
    enum Span { case untilChanged, nextItem }

    let target: ExportTarget
    let span: Span
    private let temporary: String
    private let journal: TemporaryJournal?
    private let entry: String?
    private var fd: Int32
    /// The first write error; the file is then not renamed into place.
    private(set) var failure: FileError?

    init(target: ExportTarget, span: Span, bom: Bool, journal: TemporaryJournal?) throws(QueryError) {
        self.target = target
        self.span = span
        self.journal = journal
        temporary = AtomicFile.temporaryPath(for: target.absolutePath)
        entry = journal?.record(temporary)
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let error = FileError(path: FilePaths.directory(of: target.path), operation: "create a file in", code: errno)
            journal?.forget(entry)
            throw QueryError("cannot write to '\(target.path)': \(error)")
        }
        if bom { write("\u{FEFF}") }
    }

    /// Appends `text` (the first failure is kept and later writes are dropped).
    func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes`; returns the first failure so far.
    func write(bytes: UnsafeRawBufferPointer) -> FileError? {
        guard failure == nil, fd >= 0 else { return failure }
        failure = AtomicFile.writeAll(bytes, to: fd, path: temporary)
        return failure
    }

    /// Ends the redirection: with `keep` and no write error the file is flushed and renamed over
    /// the target; otherwise the temporary is removed and the target untouched. Returns the error.
    @discardableResult
    func close(keep: Bool) -> FileError? {
        guard fd >= 0 else { return failure }
        defer { journal?.forget(entry) }
        var error = failure
        if error == nil && keep && fsync(fd) != 0 { error = FileError(path: temporary, operation: "fsync", code: errno) }
        Glibc.close(fd)
        fd = -1
        guard keep, error == nil else {
            unlink(temporary)
            return error
        }
        guard rename(temporary, target.absolutePath) == 0 else {
            let failed = FileError(path: target.path, operation: "replace", code: errno)
            unlink(temporary)
            return failed
        }
        AtomicFile.syncDirectory(FilePaths.directory(of: target.absolutePath))
        return nil
    }

    deinit {
        close(keep: true)
    }
}
