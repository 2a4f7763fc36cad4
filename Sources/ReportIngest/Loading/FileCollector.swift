import Foundation
import ReportModel

/// Collects the files to load from the paths given: a directory is walked recursively for files with a
/// registered extension (hidden files and folders skipped), sorted by relative path; a file is taken as
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
            let found = walk(path, readers: readers, root: root).filter { isNew($0.stamp) }
            if found.isEmpty {
                let kinds = readers.fileExtensions.map { "." + $0 }.joined(separator: " or ")
                diagnostics.append(LoadDiagnostic(file: path, message: "no \(kinds) files in this folder",
                                                  severity: .warning))
            }
            files += found
        }
        return (files, diagnostics)
    }

    /// The report files below a directory, sorted by their path relative to it.
    static func walk(_ path: String, readers: DocumentReaderRegistry, root: Int = 0) -> [CorpusFile] {
        guard var entries = DirectoryWalker.files(under: path, accept: { readers.reader(forPath: $0) != nil }) else {
            return []
        }
        entries.sort { $0.relative < $1.relative }
        let base = path.hasSuffix("/") ? path : path + "/"
        return entries.map { CorpusFile(path: base + $0.relative, file: $0.relative, root: root, stamp: $0.stamp) }
    }

    static func unsupported(_ path: String, _ readers: DocumentReaderRegistry) -> String {
        let kind = DocumentReaderRegistry.fileExtension(of: path)
        let supported = readers.fileExtensions.map { "." + $0 }.joined(separator: ", ")
        return "unsupported file type \(kind.isEmpty ? "(no extension)" : "." + kind) (readers: \(supported))"
    }
}
