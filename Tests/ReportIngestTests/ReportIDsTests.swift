import XCTest
import Foundation
import ReportModel
@testable import ReportIngest

/// Ids come from the path relative to the folder loaded and stay unique across a load (`ReportIDs`).
final class ReportIDsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TextFixtures.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ prefix: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try TextFixtures.text(prefix).utf8).write(to: url)
    }

    func testTheSameFileNameInThreeFoldersGivesThreeIds() throws {
        try write("2021/report.txt", "001")
        try write("2022/report.txt", "002")
        try write("2023/report.txt", "003")
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.map(\.id), ["2021/report", "2022/report", "2023/report"])
        XCTAssertEqual(corpus.records.map(\.file), ["2021/report.txt", "2022/report.txt", "2023/report.txt"])
        // Each id is its own report: 001 is 济宁's 2021 report, 003 枣庄市市中区's 2023 one.
        XCTAssertEqual(corpus.records.map { $0["year"] }, [.integer(2021), .integer(2022), .integer(2023)])
    }

    func testIdsAreStableFromRunToRun() throws {
        try write("b/report.txt", "001")
        try write("a/report.txt", "002")
        let first = CorpusLoader.load(paths: [directory.path]).records.map(\.id)
        let second = CorpusLoader.load(paths: [directory.path], options: LoadOptions(parallel: false)).records.map(\.id)
        XCTAssertEqual(first, ["a/report", "b/report"])
        XCTAssertEqual(first, second)
    }

    func testTwoFormatsOfOneNameKeepTheirExtensions() throws {
        try write("2022/report.txt", "001")
        try write("2022/report.md", "002")
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.map(\.id), ["2022/report.md", "2022/report.txt"])
    }

    func testTheSamePathUnderTwoFoldersGivenIsNamedByThePathGiven() throws {
        try write("x/report.txt", "001")
        try write("y/report.txt", "002")
        let x = directory.appendingPathComponent("x").path
        let y = directory.appendingPathComponent("y").path
        let corpus = CorpusLoader.load(paths: [x, y])
        XCTAssertEqual(corpus.records.map(\.id), [x + "/report.txt", y + "/report.txt"])
        XCTAssertEqual(corpus.records.map(\.file), [x + "/report.txt", y + "/report.txt"], "source() names one file")
        XCTAssertEqual(Set(corpus.records.map(\.id)).count, 2)
    }

    func testTwoFilesGivenDirectlyWithOneName() throws {
        try write("x/report.txt", "001")
        try write("y/report.txt", "002")
        let x = directory.appendingPathComponent("x/report.txt").path
        let y = directory.appendingPathComponent("y/report.txt").path
        let corpus = CorpusLoader.load(paths: [x, y])
        XCTAssertEqual(corpus.records.map(\.id), [x, y])
    }

    func testAnIdTakenByAnotherFileGetsANumber() throws {
        try write("a/report.txt", "001")
        try write("a/report.md", "002")
        try write("a/report.txt.txt", "003")  // its id is a/report.txt, which report.txt would take
        let corpus = CorpusLoader.load(paths: [directory.path])
        XCTAssertEqual(corpus.records.map(\.id), ["a/report.md", "a/report.txt~2", "a/report.txt"])
        XCTAssertEqual(Set(corpus.records.map(\.id)).count, 3)
    }
}
