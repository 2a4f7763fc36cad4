import Foundation
import LineEditing
import XCTest
import FileAccess
@testable import ReportShell

/// What Tab offers, and what the line editor then does with it (`TabCompletion.action`).
final class CompletionTests: XCTestCase {
    private var shell: SessionHarness!

    override func setUpWithError() throws {
        shell = try SessionHarness(interactive: true)
    }

    override func tearDown() {
        shell.remove()
    }

    /// The line after one Tab press at the end of `text` (or the candidates listed).
    private func tab(_ text: String) -> TabCompletion.Action {
        TabCompletion.action(textBeforeCursor: text, candidates: shell.session.completions(forTextBeforeCursor: text))
    }

    func testFieldNamesCompleteSegmentBySegment() {
        XCTAssertEqual(tab("select requests.de"), .replace(deleting: 11, inserting: "requests.denied."))
        guard case .list(let next) = tab("select requests.denied.") else { return XCTFail("rows and columns are listed") }
        XCTAssertTrue(next.contains("requests.denied.state_secret."), "\(next)")
        XCTAssertTrue(next.contains("requests.denied.natural"), "\(next)")
        XCTAssertFalse(next.contains { $0.hasPrefix("requests.denied.state_secret.") && $0.count > 30 }, "one segment at a time")
        XCTAssertEqual(tab("select requests.denied.state_s"),
                       .replace(deleting: 23, inserting: "requests.denied.state_secret."))
        XCTAssertEqual(tab("select agency where requests.new.nat"),
                       .replace(deleting: 16, inserting: "requests.new.natural "))
    }

    func testChineseAliasesComplete() {
        XCTAssertEqual(tab("select 予以公开.自"), .replace(deleting: 6, inserting: "予以公开.自然人 "))
        XCTAssertEqual(tab("select 本年新"), .replace(deleting: 3, inserting: "本年新收."))
    }

    func testKeywordsFunctionsAndViews() throws {
        XCTAssertEqual(tab("sel"), .replace(deleting: 3, inserting: "select "))
        XCTAssertEqual(tab("select medi"), .replace(deleting: 4, inserting: "median "))
        XCTAssertEqual(tab("select coun"), .replace(deleting: 4, inserting: "count"), "count and county share 'count'")
        XCTAssertEqual(tab("select perc"), .replace(deleting: 4, inserting: "percentile "))
        shell.run("create view county_overview_2022 as select id")
        XCTAssertEqual(tab("select * from county_o"), .replace(deleting: 8, inserting: "county_overview_2022 "))
    }

    func testMetaCommandsAndTheirArguments() {
        XCTAssertEqual(tab(".hel"), .replace(deleting: 4, inserting: ".help "))
        XCTAssertEqual(shell.session.completions(forTextBeforeCursor: ".h"), [".help", ".headers", ".header", ".history"])
        XCTAssertEqual(tab(".format js"), .replace(deleting: 2, inserting: "json"))
        XCTAssertEqual(tab(".format json"), .list(["json", "jsonl"]))
        XCTAssertEqual(tab(".timer o"), .list(["off", "on"]))
        XCTAssertEqual(tab(".show 00"), .list(["000_afc6a6d0ad89b90e", "001_34dea689f8aa9d71", "002_8805b726e6c8b84f",
                                               "003_d68fabd84de01588", "004_d751c33895197328"]))
        XCTAssertEqual(tab(".source 003 requests.ne"), .replace(deleting: 11, inserting: "requests.new."))
        XCTAssertEqual(tab(".help fun"), .replace(deleting: 3, inserting: "functions "))
    }

    func testFilePathsAfterReadAndLoadAndInsideExport() throws {
        let folder = shell.folder.path
        try FileManager.default.createDirectory(atPath: folder + "/scripts-2024", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/scripts-2024/by_year.sql", contents: Data())
        FileManager.default.createFile(atPath: folder + "/scripts-2024/by_city.sql", contents: Data())
        FileManager.default.createFile(atPath: folder + "/out.csv", contents: Data())

        // The editor's words break at '/' and '-': only the part after the break is replaced.
        XCTAssertEqual(tab(".read \(folder)/scr"), .replace(deleting: 3, inserting: "scripts-2024/"))
        XCTAssertEqual(tab(".read \(folder)/scripts-2024/by_"), .list(["by_city.sql", "by_year.sql"]))
        XCTAssertEqual(tab(".read \(folder)/scripts-2024/by_y"), .replace(deleting: 4, inserting: "by_year.sql "))
        XCTAssertEqual(tab(".load \(folder)/o"), .replace(deleting: 1, inserting: "out.csv "))
        XCTAssertEqual(tab("export reports to '\(folder)/o"), .replace(deleting: 1, inserting: "out.csv "))
        XCTAssertEqual(tab("select agency where agency = 'o"), TabCompletion.Action.none, "no completion inside other strings")
    }
}
