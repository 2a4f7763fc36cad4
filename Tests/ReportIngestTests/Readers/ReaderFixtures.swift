import Foundation
import XCTest

/// The committed reader fixtures (Tests/ReportIngestTests/Fixtures/, made by scripts/fixtures/make_fixtures.py)
/// and the corpus reports, found from this file's path.
enum ReaderFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(name))
    }

    /// The text of corpus report `number` (0 … 4).
    static func corpusReport(_ number: Int) throws -> String {
        let corpus = repository.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        let prefix = String(format: "%03d_", number)
        let name = try XCTUnwrap(names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        return try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
    }

    /// A fresh temporary directory, removed when the test ends.
    static func temporaryDirectory(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

extension String {
    /// The lines of canonical text.
    var canonicalLines: [String] { split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
