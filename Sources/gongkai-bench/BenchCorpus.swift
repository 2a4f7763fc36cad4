import Foundation
import ReportSynth

/// A generated corpus of `count` reports in `DIR/<label>`, written once and reused: a hidden marker file
/// records the count and seed it was written with (the loader skips hidden files). A panel corpus
/// (`gongkai generate N DIR --panel`: one report per body and year) is `DIR/panel-<label>`, its marker
/// ending in ` panel`.
struct BenchCorpus {
    let count: Int
    let path: String
    let label: String
    let panel: Bool

    init(count: Int, base: String, panel: Bool = false) {
        self.count = count
        self.panel = panel
        label = (panel ? "panel-" : "") + (count % 1_000 == 0 ? "\(count / 1_000)k" : "\(count)")
        path = base + "/" + label
    }

    private var marker: String { path + "/.gongkai-bench" }

    /// Generates the corpus unless a marker says it is already there with this seed.
    func prepare(seed: UInt64) throws {
        let expected = "count=\(count) seed=\(seed)\(panel ? " panel" : "")\n"
        if (try? String(contentsOfFile: marker, encoding: .utf8)) == expected { return }
        try? FileManager.default.removeItem(atPath: path)
        log("generating \(count) \(panel ? "panel " : "")reports into \(path) …")
        let start = Stopwatch()
        try writeCorpus(count: count, to: URL(fileURLWithPath: path), seed: seed, panel: panel)
        try expected.write(toFile: marker, atomically: true, encoding: .utf8)
        log(String(format: "  done in %.1f s", start.seconds))
    }

    /// The total size of the report files, in bytes.
    func bytesOnDisk() -> Int { BenchCorpus.bytes(under: path) }

    static func bytes(under path: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return 0 }
        var total = 0
        for name in names where !name.hasPrefix(".") {
            var info = stat()
            if stat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { total += Int(info.st_size) }
        }
        return total
    }
}

/// Progress notes go to stderr, so stdout holds only the table.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
