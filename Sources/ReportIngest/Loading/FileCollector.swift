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
        var seen: Set<String> = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(LoadDiagnostic(file: path, message: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard readers.reader(forPath: path) != nil else {
                    diagnostics.append(LoadDiagnostic(file: name, message: unsupported(path, readers)))
                    continue
                }
                if seen.insert(canonical(path)).inserted { files.append(CorpusFile(path: path, file: name)) }
                continue
            }
            let found = walk(path, readers: readers).filter { seen.insert(canonical($0.path)).inserted }
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
    static func walk(_ root: String, readers: DocumentReaderRegistry) -> [CorpusFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var relative: [String] = []
        while let next = enumerator.nextObject() as? String {
            let isDirectory = (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory
            if next.split(separator: "/").last?.hasPrefix(".") == true {
                if isDirectory { enumerator.skipDescendants() }
                continue
            }
            if !isDirectory, readers.reader(forPath: next) != nil { relative.append(next) }
        }
        let base = root.hasSuffix("/") ? root : root + "/"
        return relative.sorted().map { CorpusFile(path: base + $0, file: $0) }
    }

    static func unsupported(_ path: String, _ readers: DocumentReaderRegistry) -> String {
        let kind = DocumentReaderRegistry.fileExtension(of: path)
        let supported = readers.fileExtensions.map { "." + $0 }.joined(separator: ", ")
        return "unsupported file type \(kind.isEmpty ? "(no extension)" : "." + kind) (readers: \(supported))"
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
