import Foundation
import ReportModel

/// Collects the files to load from the paths given: a directory is walked recursively for files with a
/// registered extension (hidden files and folders skipped), sorted by relative path (UTF-8 bytes, i.e. code
/// points); a file is taken as
/// given. Each path keeps its place in the order given; a file reached twice is loaded once. A path that
/// does not exist, a file no reader handles, or a folder without reports gives one diagnostic.
enum FileCollector {
    static func collect(_ paths: [String], readers: DocumentReaderRegistry) -> (files: [CorpusFile], diagnostics: [LoadDiagnostic]) {
        var files: [CorpusFile] = []
        var diagnostics: [LoadDiagnostic] = []
        var seen: Set<FileIdentity> = []
        func isNew(_ stamp: FileStamp?) -> Bool { stamp?.identity.map { seen.insert($0).inserted } ?? true }
        for (root, path) in paths.enumerated() {
            guard let (stamp, isDirectory) = FileStamp.of(path) else {
                diagnostics.append(LoadDiagnostic(file: path, message: "no such file or directory"))
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
            var found = walk(path, readers: readers, root: root)
            // Only a link or another path given can reach a file twice (hard links are distinct files).
            if paths.count > 1 || found.hasLinks { found.files = found.files.filter { isNew($0.stamp) } }
            if found.files.isEmpty {
                let kinds = readers.fileExtensions.map { "." + $0 }.joined(separator: " or ")
                diagnostics.append(LoadDiagnostic(file: path, message: "no \(kinds) files in this folder",
                                                  severity: .warning))
            }
            files += found.files
        }
        return (files, diagnostics)
    }

    /// The report files below a directory, sorted by their path relative to it, and whether any was
    /// reached through a symbolic link.
    static func walk(_ path: String, readers: DocumentReaderRegistry, root: Int = 0) -> (files: [CorpusFile], hasLinks: Bool) {
        guard let entries = DirectoryWalker.files(under: path, accept: { readers.reader(forPath: $0) != nil }) else {
            return ([], false)
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        let files = entries.map { CorpusFile(folder: folder, file: $0.relative, root: root, stamp: $0.stamp) }
        return (files, entries.contains { $0.isLink })
    }

    static func unsupported(_ path: String, _ readers: DocumentReaderRegistry) -> String {
        let kind = DocumentReaderRegistry.fileExtension(of: path)
        let supported = readers.fileExtensions.map { "." + $0 }.joined(separator: ", ")
        return "unsupported file type \(kind.isEmpty ? "(no extension)" : "." + kind) (readers: \(supported))"
    }
}
