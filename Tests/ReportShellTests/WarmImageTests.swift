import Foundation
import ReportIngest
import XCTest
@testable import ReportShell

/// A session over the column store's image (the second start of an unchanged corpus) answers exactly
/// as a session that parsed the files with no cache: every script in queries/, and the commands that
/// read the records (`.show`, `.source`, `.warnings`, `.checks`), which the image session makes only then.
final class WarmImageTests: XCTestCase {
    private var folder: URL!
    private var corpus: String!

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
        let copy = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(atPath: SessionHarness.corpus, toPath: copy.path)
        // A stamp is trusted only for a file last modified safely before the load that cached it.
        for name in try FileManager.default.contentsOfDirectory(atPath: copy.path) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: copy.appendingPathComponent(name).path)
        }
        corpus = copy.path
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func harness(cached: Bool) throws -> SessionHarness {
        try SessionHarness(folder: folder) { configuration in
            configuration.paths = [self.corpus]
            configuration.format = .csv
            configuration.loadOptions = LoadOptions(cache: cached ? .directory(self.folder.appendingPathComponent("cache")) : .off,
                                                    showsProgress: false)
        }
    }

    /// What `input` prints in `shell`, output and errors.
    private func run(_ shell: SessionHarness, _ input: String, script: Bool = false) -> String {
        shell.clear()
        if script { shell.session.runScriptFile(input) } else { shell.run(input) }
        return shell.standard + "\u{1E}" + shell.error
    }

    func testEveryQueryScriptAnswersAsAParseWithoutCache() throws {
        let cold = try harness(cached: false)
        _ = try harness(cached: true)  // parses, writes the cache and the image
        let warm = try harness(cached: true)
        XCTAssertNotNil(warm.session.corpus.storeImage, "the second start reads the image")
        XCTAssertFalse(warm.session.corpus.recordSource.isMade)
        XCTAssertEqual(warm.session.summary, cold.session.summary.withMilliseconds(warm.session.summary.milliseconds))
        let queries = SessionHarness.repository.appendingPathComponent("queries")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: queries.path).filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        for script in scripts {
            let path = queries.appendingPathComponent(script).path
            XCTAssertEqual(run(warm, path, script: true), run(cold, path, script: true), script)
        }
        for input in ["select count(*), count(agency), sum(requests.new.total), avg(proactive.total) from reports",
                      "select id, agency, province, year, warnings order by id", "select * order by id",
                      "select id, source(requests.new.total), source(check.carryover) order by id",
                      "select id where text ~ '依申请' order by id", "select id, length(text.s3) order by id",
                      ".show 003", ".source 004 requests.carried_in.total", ".warnings", ".checks", ".fields"] {
            XCTAssertEqual(run(warm, input), run(cold, input), input)
        }
    }
}

private extension LoadSummary {
    func withMilliseconds(_ milliseconds: Int) -> LoadSummary {
        var copy = self
        copy.milliseconds = milliseconds
        return copy
    }
}
