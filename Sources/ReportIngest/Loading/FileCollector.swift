import Foundation
import ReportModel

/// Collects the files to load from the paths given: a directory is walked recursively for files with a
/// registered extension (hidden files and folders skipped), sorted by relative path (UTF-8 bytes, i.e. code
/// points); a file is taken as
/// given. Each path keeps its place in the order given; a file reached twice is loaded once. A path that
/// does not exist or cannot be opened, is not a regular file or a folder (a FIFO, a device), a file no
/// reader handles, a folder without reports, and every problem met inside a folder (`DirectoryWalker`)
/// gives one diagnostic, naming it, with the real reason. `unreadable` lists the paths given that could
/// not be read at all (missing, not permitted, not a file or folder).
/// One folder given (the usual load) comes back as its listing (`CollectedFiles.folder`), no file made
/// one by one until needed.
enum FileCollector {
    static func collect(_ paths: [String], readers: DocumentReaderRegistry)
        -> (files: CollectedFiles, diagnostics: [LoadDiagnostic], unreadable: [String]) {
        var files: [CorpusFile] = []
        var diagnostics: [LoadDiagnostic] = []
        var unreadable: [String] = []
        var seen: Set<FileIdentity> = []
        func isNew(_ stamp: FileStamp?) -> Bool { stamp?.identity.map { seen.insert($0).inserted } ?? true }
        for (root, path) in paths.enumerated() {
            let stamp: FileStamp, isDirectory: Bool
            switch FileStamp.ofGivenPath(path) {
            case .success(let found): (stamp, isDirectory) = found
            case .failure(let problem):
                diagnostics.append(LoadDiagnostic(file: path, message: problem.message))
                unreadable.append(path)
                continue
            }
            if !isDirectory {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard readers.reader(forPath: path) != nil else {
                    diagnostics.append(LoadDiagnostic(file: name, message: unsupported(path, readers)))
                    continue
                }
                if isNew(stamp) {
                    files.append(CorpusFile(path: path, file: name, root: root, stamp: stamp))
                }
                continue
            }
            guard let (listing, problems) = DirectoryWalker.listing(under: path, root: root, accept: { readers.handles(utf8: $0) }) else {
                diagnostics.append(LoadDiagnostic(file: path, message: "cannot open the folder: \(FileProblem.reason(errno))"))
                unreadable.append(path)
                continue
            }
            diagnostics += problems
            // Only a link or another path given can reach a file twice (hard links are distinct files).
            let once = paths.count == 1 && !listing.hasLinks
            var found = once ? [] : listing.files.filter { isNew($0.stamp) }
            if (once ? listing.count : found.count) == 0 {
                let kinds = readers.fileExtensions.map { "." + $0 }.joined(separator: " or ")
                diagnostics.append(LoadDiagnostic(file: path, message: "no \(kinds) files in this folder",
                                                  severity: .warning))
            }
            if once { return (.folder(listing), diagnostics, unreadable) }
            if files.isEmpty { swap(&files, &found) } else { files += found }
        }
        return (.files(files), diagnostics, unreadable)
    }

    static func unsupported(_ path: String, _ readers: DocumentReaderRegistry) -> String {
        let kind = DocumentReaderRegistry.fileExtension(of: path)
        let supported = readers.fileExtensions.map { "." + $0 }.joined(separator: ", ")
        return "unsupported file type \(kind.isEmpty ? "(no extension)" : "." + kind) (readers: \(supported))"
    }
}
