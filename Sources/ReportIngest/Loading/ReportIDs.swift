import ReportModel

/// The one rule that keeps report ids unique across a load, whatever the cache or the order of the
/// paths given. A report's id is its path relative to the folder given, without extension (`2022/report`,
/// `000` for a file at the top); a file given directly is named by its file name. Where several files
/// would get the same id:
///
/// 1. each takes its relative path with its extension (`2022/report.txt`, `2022/report.md`);
/// 2. where that still collides (the same relative path under two folders given, or two files given
///    directly with the same name), the path as given on the command line, and its `file` field becomes
///    that path too, so `source()` names one file;
/// 3. and, should two still meet, `~2`, `~3` … in load order.
///
/// Ids depend only on the set of files loaded, so they are the same from run to run.
enum ReportIDs {
    /// Rewrites the ids (and files) of the outcomes that collide; `files[i]` is the file of `outcomes[i]`.
    static func makeUnique(_ outcomes: inout [CorpusLoader.Outcome], files: [CorpusFile]) {
        var indices: [String: [Int]] = [:]
        for (index, outcome) in outcomes.enumerated() {
            guard case .record(let record) = outcome else { continue }
            indices[record.id, default: []].append(index)
        }
        let colliding = indices.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        // No colliding id is kept by any of its files.
        var taken = Set(indices.filter { $0.value.count == 1 }.keys)
        for group in colliding {
            let withExtension = group.map { files[$0].file }
            let useGiven = Set(withExtension).count < withExtension.count
            for index in group {
                guard case .record(var record) = outcomes[index] else { continue }
                let file = files[index]
                var id = useGiven ? file.path : file.file
                if taken.contains(id) {
                    var n = 2
                    while taken.contains("\(id)~\(n)") { n += 1 }
                    id = "\(id)~\(n)"
                }
                taken.insert(id)
                outcomes[index] = .skipped(LoadDiagnostic(file: "", message: ""))  // releases the record
                record.set(idField, .text(id), line: 0, origin: .derived)
                if useGiven { record.set(fileField, .text(file.path), line: 0, origin: .derived) }
                outcomes[index] = .record(record)
            }
        }
    }

    static let idField = FieldCatalog.standard.id("id")
    static let fileField = FieldCatalog.standard.id("file")
}
