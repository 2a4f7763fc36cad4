import Foundation
import ReportModel
@testable import ReportIngest

/// The worktree's corpus/ and helpers shared by the text-ingest tests.
enum TextFixtures {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// The corpus file whose name starts with `prefix` ("000").
    static func url(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return corpus.appendingPathComponent(name)
    }

    static func text(_ prefix: String) throws -> String {
        try String(contentsOf: url(prefix), encoding: .utf8)
    }

    static func record(_ prefix: String) throws -> ReportRecord {
        let url = try url(prefix)
        return ReportParser.parse(text: try text(prefix), file: url.lastPathComponent,
                                  id: url.deletingPathExtension().lastPathComponent)
    }

    /// The corpus loaded once for the corpus-level tests.
    static let loaded: Corpus = CorpusLoader.load(paths: [corpus.path])

    static func loadedRecord(_ prefix: String) -> ReportRecord? {
        loaded.records.first { $0.id.hasPrefix(prefix) }
    }

    /// The running text of a snippet, and all of it as the range.
    static func flow(_ text: String) -> (FlowText, Range<Int>) {
        let flow = ReportText(text).flow
        return (flow, flow.all)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension ReportRecord {
    /// The provenance of a named field, for assertions.
    func provenance(_ name: String) -> Provenance? {
        FieldCatalog.standard.lookup(name).flatMap { source(of: $0) }
    }
}
