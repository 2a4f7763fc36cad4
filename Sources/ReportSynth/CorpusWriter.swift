import Foundation

/// Writes `count` synthetic reports (layouts mixed at random) as UTF-8 files into `directory`, created if
/// needed; the same seed writes the same files. Returns the files written, in order. With `layouts`, each
/// report's layout is drawn from that list instead of from every layout (a layout named twice is drawn
/// twice as often), so a benchmark can weigh another mix; without it the corpus is as it always was.
/// With `panel`, the reports are a panel instead (`PanelGenerator`: one report per body and year over
/// several years); `layouts` does not apply to it.
@discardableResult
public func writeCorpus(count: Int, to directory: URL, seed: UInt64, layouts: [Layout]? = nil,
                        panel: Bool = false) throws -> [URL] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var generator = ReportGenerator(seed: seed)
    var panelGenerator = panel ? PanelGenerator(seed: seed) : nil
    var files: [URL] = []
    files.reserveCapacity(count)
    for _ in 0..<count {
        let report = panelGenerator?.next() ?? layouts.map { generator.next(from: $0) } ?? generator.next()
        let file = directory.appendingPathComponent(report.fileName)
        try Data(report.text.utf8).write(to: file)
        files.append(file)
    }
    return files
}
