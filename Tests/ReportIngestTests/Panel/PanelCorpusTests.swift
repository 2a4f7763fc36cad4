import XCTest
import ReportModel
@testable import ReportIngest

/// The checks across years through the loader, on one real report (corpus/003, 枣庄市市中区工业和信息化局,
/// 2023, every figure 0, signed 2024年1月11日) rewritten as the same body's reports for 2020, 2021, 2023 and
/// 2024 — 2022 missing. Expected values are worked out by hand from the edits made here.
final class PanelCorpusTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TextFixtures.temporaryDirectory()
        let original = try TextFixtures.text("003")
        XCTAssertTrue(original.contains("2024年1月11日"))
        func variant(_ year: Int, signed: String? = nil, carriedIn: Int? = nil) -> String {
            var text = original.replacingOccurrences(of: "2024", with: "NEXT").replacingOccurrences(of: "2023", with: "\(year)")
                .replacingOccurrences(of: "NEXT", with: "\(year + 1)")
            if let signed { text = text.replacingOccurrences(of: "\(year + 1)年1月11日", with: signed) }
            if let carriedIn {
                var lines = text.components(separatedBy: "\n")
                let label = lines.firstIndex { $0.contains("二、上年结转政府信息公开申请数量") }!
                // The 自然人 cell and the 总计 cell (the seventh) of the row.
                lines[label + 1] = "\t\(carriedIn)"
                lines[label + 7] = "\t\(carriedIn)"
                text = lines.joined(separator: "\n")
            }
            return text
        }
        let files = ["y2020.txt": variant(2020), "y2021.txt": variant(2021, signed: "2022年3月1日"),
                     "y2023.txt": variant(2023), "y2024.txt": variant(2024, carriedIn: 3)]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testOneBodyOverFourYears() throws {
        let corpus = CorpusLoader.load(paths: [directory.path], options: LoadOptions(cache: .off))
        let r = Dictionary(uniqueKeysWithValues: corpus.records.map { ($0.id, $0) })
        XCTAssertEqual(Set(corpus.records.compactMap { $0["agency"].textValue }), ["枣庄市市中区工业和信息化局"])
        XCTAssertEqual(r["y2021"]!["year"], .integer(2021))

        XCTAssertEqual(r["y2020"]!["panel.prev"], .null)
        XCTAssertEqual(r["y2021"]!["panel.prev"], .text("y2020"))
        XCTAssertEqual(r["y2023"]!["panel.prev"], .null, "2022 is missing")
        XCTAssertEqual(r["y2024"]!["panel.prev"], .text("y2023"))

        XCTAssertEqual(r["y2021"]!["check.carryover"], .bool(true), "0 carried in, 0 carried out the year before")
        XCTAssertEqual(r["y2023"]!["check.carryover"], .null)
        XCTAssertEqual(r["y2024"]!["check.carryover"], .bool(false), "3 carried in, 0 carried out the year before")
        XCTAssertTrue((r["y2024"]!["warnings"].textValue ?? "").contains("check.carryover: 上年结转 3 here, but y2023"))

        // Every year copies the year before word for word, but for its figures and dates.
        XCTAssertEqual(r["y2021"]!["similarity.prev"], .decimal(1))
        XCTAssertEqual(r["y2024"]!["similarity.prev"], .decimal(1))
        XCTAssertEqual(r["y2023"]!["similarity.prev"], .null)

        // A department: due by 31 January of the next year.
        XCTAssertEqual(r["y2020"]!["check.timely"], .bool(true))
        XCTAssertEqual(r["y2020"]!["days_late"], .integer(0))
        XCTAssertEqual(r["y2021"]!["published"], .text("2022-03-01"))
        XCTAssertEqual(r["y2021"]!["check.timely"], .bool(false))
        XCTAssertEqual(r["y2021"]!["days_late"], .integer(29), "1 February to 1 March 2022")

        // Too few requests to speak of a jump.
        XCTAssertEqual(r["y2024"]!["check.jump"], .null)
    }

    func testTheCacheNeverServesAnotherCorpussPanel() throws {
        let cacheDirectory = try TextFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cacheDirectory) }
        let options = LoadOptions(cache: .directory(cacheDirectory))
        let first = CorpusLoader.load(paths: [directory.path], options: options)
        XCTAssertEqual(first.records.first { $0.id == "y2024" }?["panel.prev"], .text("y2023"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("y2023.txt"))
        let second = CorpusLoader.load(paths: [directory.path], options: options)
        let later = try XCTUnwrap(second.records.first { $0.id == "y2024" })
        XCTAssertEqual(later["panel.prev"], .null)
        XCTAssertEqual(later["check.carryover"], .null)
        XCTAssertEqual(later["similarity.prev"], .null)
        XCTAssertFalse((later["warnings"].textValue ?? "").contains("check.carryover"))
    }
}
