import FileAccess
import ReportOutput
import ReportQuery

/// `export … to 'dir' partition by year[, province] [overwrite]`: a Hive-style folder of Parquet
/// files (`HivePartitions`), `part-0.parquet` in each partition's folder, built in a hidden temporary
/// folder and renamed into place (`AtomicFolder`). A folder that exists and is not empty is replaced
/// only with `overwrite`, and only when everything in it is what such an export writes (`NAME=VALUE`
/// folders and `.parquet` files), so `overwrite` never deletes a folder of other files.
struct PartitionedExport {
    /// More folders than this is a column that is no partition key (an id, an agency).
    static let maximumPartitions = 10_000
    /// The longest folder name most file systems allow, in bytes.
    static let maximumNameBytes = 255

    let request: ExportRequest
    let target: ExportTarget
    let journal: TemporaryJournal?

    func write() -> QueryError? {
        let path = target.absolutePath
        if FilePaths.isDirectory(path) && !AtomicFolder.isEmptyFolder(path) {
            guard request.overwrite else {
                return QueryError("refusing to export to '\(target.path)': the folder exists and is not empty",
                                  hint: "add 'overwrite' to replace it, or choose a new folder")
            }
            if let stranger = PartitionedExport.foreignEntry(in: path) {
                return QueryError("refusing to overwrite '\(target.path)': it holds '\(stranger)', which a partitioned export does not write",
                                  hint: "overwrite replaces only an earlier partitioned export; choose a new folder")
            }
        }
        let split = HivePartitions(request.result, by: request.partitionBy)
        guard split.partitions.count <= PartitionedExport.maximumPartitions else {
            return QueryError("partitioning makes \(split.partitions.count) folders (at most \(PartitionedExport.maximumPartitions))",
                              hint: "partition by columns with fewer values, such as year or province")
        }
        if let long = split.partitions.lazy.flatMap(\.folders).first(where: { $0.utf8.count > PartitionedExport.maximumNameBytes }) {
            return QueryError("a partition's folder name is longer than \(PartitionedExport.maximumNameBytes) bytes: '\(long.prefix(40))…'",
                              hint: "partition by a column with short values")
        }
        var failure: QueryError?
        let error = AtomicFolder.write(to: path, replacing: request.overwrite, journal: journal) { folder in
            for partition in split.partitions {
                if let error = AtomicFolder.makeFolders(partition.folders, in: folder) { return error }
                let file = FilePaths.join(partition.folders.reduce(folder, FilePaths.join), "part-0.parquet")
                if let problem = ParquetWriter().write([ExportTable(name: "result", result: partition.result)], toFile: file) {
                    failure = Session.writeFailure(problem)
                    return FileError(path: file, operation: "write", code: 0)
                }
                if let error = AtomicFile.sync(file) { return error }
            }
            return nil
        }
        return failure ?? error.map(Session.writeFailure)
    }

    /// The first thing in `folder`, at any depth, that a partitioned export does not make.
    static func foreignEntry(in folder: String, relative: String = "") -> String? {
        for name in AtomicFolder.entries(of: folder) ?? [] {
            let path = FilePaths.join(folder, name)
            let shown = relative.isEmpty ? name : relative + "/" + name
            let kind = FileStatus.of(path, followingLinks: false)?.kind
            if kind == .directory {
                guard name.contains("=") else { return shown }
                if let inner = foreignEntry(in: path, relative: shown) { return inner }
            } else if !name.hasSuffix(".parquet") || kind != .regular {
                return shown
            }
        }
        return nil
    }
}
