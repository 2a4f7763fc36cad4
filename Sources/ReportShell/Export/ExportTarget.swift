import FileAccess
import ReportOutput
import ReportQuery

/// Where an export may go: a path with a known extension, outside every loaded corpus folder and
/// not one of the loaded files, so an export never writes into the reports being read.
struct ExportTarget {
    /// The extensions export understands, as the error message lists them.
    static let supportedExtensions = ["csv", "tsv", "json", "jsonl", "md"]

    /// The path as the user wrote it (messages use it).
    let path: String
    /// Absolute, for writing.
    let absolutePath: String
    let format: OutputFormat

    /// Checks `path` against the corpus paths (as given to the loader).
    init(path: String, corpusPaths: [String]) throws(QueryError) {
        let name = FilePaths.lastComponent(of: path)
        let fileExtension = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : ""
        let supported = ExportTarget.supportedExtensions.map { "." + $0 }.joined(separator: ", ")
        guard let format = OutputFormat(fileExtension: fileExtension) else {
            let kind = fileExtension.isEmpty ? "no extension" : "unknown extension '.\(fileExtension)'"
            throw QueryError("cannot export to '\(path)': \(kind)", hint: "the extension picks the format: \(supported)")
        }
        let target = FilePaths.canonical(path)
        for corpusPath in corpusPaths {
            let protected = FilePaths.canonical(corpusPath)
            let isFolder = FilePaths.isDirectory(protected)
            if isFolder ? FilePaths.isInside(target, protected) : target == protected {
                let what = isFolder ? "inside the corpus folder '\(corpusPath)'" : "a loaded report"
                throw QueryError("refusing to export to '\(path)': it is \(what)",
                                 hint: "gongkai never writes into the reports it reads; choose another folder")
            }
        }
        guard FilePaths.isDirectory(FilePaths.directory(of: target)) else {
            throw QueryError("cannot export to '\(path)': the folder '\(FilePaths.directory(of: path))' does not exist")
        }
        self.path = path
        absolutePath = FilePaths.absolute(path)
        self.format = format
    }
}
