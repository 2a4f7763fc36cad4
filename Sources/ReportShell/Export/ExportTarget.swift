import FileAccess
import ReportModel
import ReportOutput
import ReportQuery

/// Where an export may go — the one check every export passes before a byte is written:
///
/// - the path holds no NUL or other control character (the system would cut it at a NUL, so
///   `'report.txt\0.csv'` would name `report.txt`);
/// - its extension names a format, unless the format is chosen otherwise (`gongkai records
///   --format`; a partitioned export is a folder of Parquet files, whatever its
///   name);
/// - resolved as the system resolves it (symbolic links, `..`, `~` from `$HOME`), its folder exists
///   and is not inside a loaded corpus folder, and an existing target is a regular file (never a
///   FIFO, a device or a folder; for a partitioned export, a folder that is not a corpus folder
///   and holds none) that is not one of the loaded files — compared by device and inode,
///   never by spelling.
///
/// The export then writes to the resolved path, so a symbolic link stays a link to the new file.
struct ExportTarget {
    /// The path as the user wrote it (messages use it, escaped).
    let path: String
    /// Absolute and resolved, for writing.
    let absolutePath: String
    let format: ExportFormat

    /// Checks `path` against the corpus: the paths given to the loader and every file it collected.
    init(path: String, corpusPaths: [String], loadedFiles: Set<FileIdentity>, partitioned: Bool = false,
         format chosen: ExportFormat? = nil) throws(QueryError) {
        let shown = VisibleText.escape(path)
        if let control = path.unicodeScalars.first(where: VisibleText.isControl) {
            let name = control == "\0" ? "a NUL byte" : "a control character (\(VisibleText.escape(String(control))))"
            throw QueryError("cannot export to '\(shown)': the path contains \(name)",
                             hint: "file names for export may not contain control characters")
        }
        let name = FilePaths.lastComponent(of: path)
        let fileExtension = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : ""
        let supported = ExportFormat.extensions.map { "." + $0 }.joined(separator: ", ")
        guard let format = partitioned ? .file(.parquet) : chosen ?? ExportFormat(fileExtension: fileExtension) else {
            let kind = fileExtension.isEmpty ? "no extension" : "unknown extension '.\(fileExtension)'"
            throw QueryError("cannot export to '\(shown)': \(kind)", hint: "the extension picks the format: \(supported)")
        }
        let target = FilePaths.canonical(path)
        let folder = FilePaths.directory(of: target)
        guard let folderStatus = FileStatus.of(folder), folderStatus.kind == .directory else {
            throw QueryError("cannot export to '\(shown)': the folder '\(VisibleText.escape(FilePaths.directory(of: path)))' does not exist")
        }
        func refuse(_ what: String) -> QueryError {
            QueryError("refusing to export to '\(shown)': it is \(what)",
                       hint: "gongkai never writes into the reports it reads; choose another folder")
        }
        if let corpusFolder = ExportTarget.corpusFolder(containing: partitioned ? target : folder, corpusPaths: corpusPaths) {
            throw refuse("inside the corpus folder '\(VisibleText.escape(corpusFolder))'")
        }
        if partitioned, let existing = FileStatus.of(target) {
            guard existing.kind == .directory else {
                throw QueryError("cannot export to '\(shown)': it is \(existing.kind.phrase), and a partitioned export is a folder",
                                 hint: "name a new folder, or an earlier partitioned export with 'overwrite'")
            }
        } else if let existing = FileStatus.of(target) {
            guard existing.kind == .regular else {
                throw QueryError("refusing to export to '\(shown)': it is \(existing.kind.phrase), not a regular file",
                                 hint: "export writes a new file; name a file, not \(existing.kind.phrase)")
            }
            if loadedFiles.contains(FileIdentity(device: existing.device, inode: existing.inode)) {
                throw refuse("a loaded report")
            }
        } else if FileStatus.of(target, followingLinks: false) != nil {
            throw QueryError("cannot export to '\(shown)': it is a symbolic link to a file that does not exist",
                             hint: "remove the link or name another file")
        }
        self.path = path
        absolutePath = target
        self.format = format
    }

    /// The corpus folder (as given) that is `folder` or one of its ancestors, by identity.
    static func corpusFolder(containing folder: String, corpusPaths: [String]) -> String? {
        var folders: [FileIdentity: String] = [:]
        for corpusPath in corpusPaths {
            guard let status = FileStatus.of(FilePaths.absolute(corpusPath)), status.kind == .directory else { continue }
            folders[FileIdentity(device: status.device, inode: status.inode)] = corpusPath
        }
        guard !folders.isEmpty else { return nil }
        var current = folder
        while true {
            if let status = FileStatus.of(current),
               let corpusPath = folders[FileIdentity(device: status.device, inode: status.inode)] {
                return corpusPath
            }
            let parent = FilePaths.directory(of: current)
            if parent == current { return nil }
            current = parent
        }
    }
}
