import Foundation

/// What the bench writes, all under its scratch folder: its own parse cache (`bench-cache`, for the
/// sessions in this process and the load probes: a cache is tied to the executable that wrote it, so
/// gongkai's children keep theirs apart, under `xdg/cache`), the children's XDG folders (so no user
/// cache, views file or journal is read or written), the SQLite copies of the rows, the exports.
struct BenchPaths {
    let scratch: String
    var benchCache: String { scratch + "/bench-cache" }
    var xdg: String { scratch + "/xdg" }
    var output: String { scratch + "/out" }
    var script: String { output + "/statements.sql" }

    init(scratch: String) throws {
        self.scratch = scratch
        for directory in [scratch, scratch + "/bench-cache", scratch + "/xdg/cache", scratch + "/xdg/config", scratch + "/xdg/state", scratch + "/out"] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let statements = BenchStatement.all.flatMap { $0.gongkaiSetup + [$0.gongkai] }
        try (statements.joined(separator: ";\n") + ";\n").write(toFile: script, atomically: true, encoding: .utf8)
    }

    /// The on-disk SQLite copy of a corpus's rows.
    func database(_ corpus: BenchCorpus) -> String { scratch + "/reports-\(corpus.label).db" }

    /// The environment of gongkai's children.
    var childEnvironment: [String] {
        ["XDG_CACHE_HOME=\(xdg)/cache", "XDG_CONFIG_HOME=\(xdg)/config", "XDG_STATE_HOME=\(xdg)/state"]
    }
}
