import Foundation
import ReportIngest
import ReportModel
import ReportSynth
import XCTest
@testable import ReportQuery

/// Issue 17's acceptance: the columns read in place — from the column store's image file written by a
/// cached load and mapped by the next start of the same files — give the same answers as a load with
/// no cache (`--no-cache`), for every statement of every queries/ script and for the query fuzz corpus
/// (FuzzTests' and RelationalFuzzTests' generators, seeded). The corpus: the five bundled reports,
/// generated reports in every layout, and next-year copies of some of them (so the checks across
/// years, which the image carries already applied, have values to compare).
final class WarmImageAgreementTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-warm-agreement-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let bundled = Self.repository.appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        var generator = ReportGenerator(seed: 17)
        for index in 0..<14 {
            let report = generator.next()
            try Data(report.text.utf8).write(to: corpus.appendingPathComponent(report.fileName))
            guard index % 3 == 0 else { continue }
            let next = report.text.replacingOccurrences(of: "\(report.year)年", with: "\(report.year + 1)年")
            try Data(next.utf8).write(to: corpus.appendingPathComponent("next_" + report.fileName))
        }
        // A stamp is trusted (and an image written) only for files last modified well before the load.
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: corpus.appendingPathComponent(name).path)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func load(cached: Bool) -> Corpus {
        let cache: LoadCache = cached ? .directory(folder.appendingPathComponent("cache")) : .off
        return CorpusLoader.load(paths: [folder.appendingPathComponent("corpus").path], options: LoadOptions(cache: cache, showsProgress: false))
    }

    /// A statement's result as text (columns and rows, or the error with its range), the database
    /// changed as the statement says (views).
    private func outcome(_ database: inout Database, _ text: String) -> String {
        do {
            switch try database.execute(text) {
            case .rows(let set), .viewList(let set): return "\(set.columns.map(\.name)) \(set.rows)"
            case .export(let request):
                // By its values: a result's storage (where the texts' bytes lie) differs between loads.
                let set = request.result
                return "export \(set.columns.map(\.name)) \(set.rows) \(request.path) \(request.withBOM) "
                    + "\(String(describing: request.tableName)) \(request.partitionBy) \(request.overwrite)"
            case let other: return "\(other)"
            }
        } catch {
            return "error: \(error.message) \(String(describing: error.range))"
        }
    }

    func testColumnsReadInPlaceAnswerAsALoadWithoutCache() throws {
        let cold = load(cached: false)
        var plain = Database(store: ColumnStore.of(cold))
        _ = ColumnStore.of(load(cached: true))  // parses, writes the cache and then the image
        let warmCorpus = load(cached: true)
        let image = try XCTUnwrap(warmCorpus.storeImage, "the second start maps the image")
        XCTAssertEqual(image.rowCount, cold.recordCount)
        var warm = Database(store: ColumnStore.of(warmCorpus))
        XCTAssertFalse(warmCorpus.recordSource.isMade, "no record is decoded to open the store")
        XCTAssertGreaterThanOrEqual(cold.recordCount, 20)
        let carryover = FieldCatalog.standard.id("check.carryover")
        XCTAssertTrue(cold.records.contains { !$0[carryover].isNull }, "the corpus has checks across years to compare")

        var compared = 0
        let queries = Self.repository.appendingPathComponent("queries")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: queries.path).filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        for script in scripts {
            let text = try String(contentsOf: queries.appendingPathComponent(script), encoding: .utf8)
            for item in StatementSplitter.split(text) where item.kind == .statement {
                XCTAssertEqual(outcome(&warm, item.text), outcome(&plain, item.text), "\(script): \(item.text)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 15)

        var generator = QueryGenerator(seed: 0x17_0A)
        var answered = 0
        for round in 0..<1_200 {
            let text = round % 3 == 0 ? generator.statement() : round % 3 == 1 ? generator.query() : generator.typedQuery()
            let expected = outcome(&plain, text)
            XCTAssertEqual(outcome(&warm, text), expected, text)
            if !expected.hasPrefix("error:") { answered += 1 }
            Self.dropViews(&plain, &warm, above: 6)
        }
        XCTAssertGreaterThan(answered, 300, "many fuzz statements get through to the columns")

        _ = try plain.execute(RelationalFixtures.view)
        _ = try warm.execute(RelationalFixtures.view)
        var relational = RelationalGenerator(seed: 0x17_0B)
        answered = 0
        for round in 0..<500 {
            let text = round % 4 == 3 ? relational.noise() : relational.statement()
            let expected = outcome(&plain, text)
            XCTAssertEqual(outcome(&warm, text), expected, text)
            if !expected.hasPrefix("error:") { answered += 1 }
            Self.dropViews(&plain, &warm, above: 6, keeping: "t")
        }
        XCTAssertGreaterThan(answered, 100, "many relational statements get through to the columns")
    }

    /// Drops the views of both databases (but `keeping`) once there are more than `limit`, as the fuzz
    /// tests do, so that later statements do not all read long chains of views.
    private static func dropViews(_ a: inout Database, _ b: inout Database, above limit: Int, keeping: String? = nil) {
        guard a.views.count + a.temporaryViews.count > limit else { return }
        for name in (Array(a.views.keys) + a.temporaryViews).sorted() where name != keeping {
            _ = try? a.execute("drop view if exists `\(name)`")
            _ = try? b.execute("drop view if exists `\(name)`")
        }
    }
}
