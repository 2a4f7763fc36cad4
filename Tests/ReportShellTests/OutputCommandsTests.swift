import FileAccess
import Foundation
import XCTest
@testable import ReportShell

/// `.output FILE`, `.output` and `.once FILE`, as in sqlite3: results go to the file (written
/// atomically, checked as every export is), messages and errors stay on the screen.
final class OutputCommandsTests: XCTestCase {
    private var shell: SessionHarness!
    private let two = "select agency, year where id ~ '000' or id ~ '002' order by id"
    private let csv = "agency,year\r\n济宁市兖州区工业和信息化局,2022\r\n聊城市工业和信息化局,2022\r\n"

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    private func contents(_ name: String) -> String? {
        try? String(contentsOfFile: shell.path(name), encoding: .utf8)
    }

    private func hiddenFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: shell.folder.path).filter { $0.hasPrefix(".") }
    }

    func testOutputSendsEveryResultToTheFileUntilOutputAlone() throws {
        let out = shell.path("out.txt")
        XCTAssertEqual(shell.run(".mode csv\n.output '\(out)'\n\(two);\nselect year where id ~ '003';"), .success)
        XCTAssertEqual(shell.standard, "")
        XCTAssertNil(contents("out.txt"), "nothing at the target's name until the redirection ends")
        XCTAssertEqual(try hiddenFiles().count, 1, "the results go to a hidden temporary file beside it")
        XCTAssertEqual(shell.run(".output\nselect year where id ~ '001';"), .success)
        XCTAssertEqual(contents("out.txt"), csv + "year\r\n2023\r\n")
        XCTAssertEqual(shell.standard, "year\r\n2021\r\n", "back on standard output (001 is the 2021 report)")
        XCTAssertEqual(try hiddenFiles(), [])
    }

    func testOnceTakesOnlyTheNextStatement() throws {
        let once = shell.path("once.csv")
        XCTAssertEqual(shell.run(".format csv\n.once \(once)\n\(two);\nselect year where id ~ '003';"), .success)
        XCTAssertEqual(contents("once.csv"), csv)
        XCTAssertEqual(shell.standard, "year\r\n2023\r\n")
        // A meta-command is "the next" too, as in sqlite3.
        shell.clear()
        XCTAssertEqual(shell.run(".once \(shell.path("tables.txt"))\n.tables\n.tables"), .success)
        XCTAssertEqual(contents("tables.txt"), "reports\n")
        XCTAssertEqual(shell.standard, "reports\n")
    }

    func testOnceOfAFailingStatementLeavesTheOldFile() throws {
        try "old\n".write(toFile: shell.path("keep.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.run(".once \(shell.path("keep.txt"))\nselect nonsense;"), .failure)
        XCTAssertEqual(contents("keep.txt"), "old\n")
        XCTAssertTrue(shell.error.contains("unknown field 'nonsense'"), shell.error)
        XCTAssertEqual(try hiddenFiles(), [])
    }

    /// As in sqlite3: `.output` alone after `.once` ends it (the file is made, empty); `.once` after
    /// `.output FILE` closes that file; after the once-statement results go to the screen.
    func testOutputAloneAfterOnceAndOnceAfterOutput() throws {
        XCTAssertEqual(shell.run(".once \(shell.path("a.txt"))\n.output\nselect year where id ~ '003';"), .success)
        XCTAssertEqual(contents("a.txt"), "")
        XCTAssertEqual(shell.standard, "+------+\n| year |\n+------+\n| 2023 |\n+------+\n")
        shell.clear()
        let script = ".mode csv\n.output \(shell.path("b.csv"))\nselect year where id ~ '003';\n"
            + ".once \(shell.path("c.csv"))\nselect year where id ~ '001';\nselect year where id ~ '002';"
        XCTAssertEqual(shell.run(script), .success)
        XCTAssertEqual(contents("b.csv"), "year\r\n2023\r\n")
        XCTAssertEqual(contents("c.csv"), "year\r\n2021\r\n")
        XCTAssertEqual(shell.standard, "year\r\n2022\r\n")
    }

    func testTheFileIsRenamedAtTheEndOfTheSessionAndTakesABOM() throws {
        XCTAssertEqual(shell.run(".mode csv\n.output --bom \(shell.path("excel.csv"))\nselect year where id ~ '003';"), .success)
        shell.session.finish()
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: shell.path("excel.csv"))), Data("\u{FEFF}year\r\n2023\r\n".utf8))
    }

    /// Interactive sessions write the file as a script would: every row, no row-count footer.
    func testAFileGetsEveryRowWithoutTheFooter() throws {
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        XCTAssertEqual(interactive.run(".maxrows 1\n.once \(shell.path("all.txt"))\nselect year where id ~ '003';"), .success)
        XCTAssertEqual(contents("all.txt"), "+------+\n| year |\n+------+\n| 2023 |\n+------+\n")
    }

    func testALoadedReportAFolderOrAPipeIsRefused() throws {
        let report = SessionHarness.corpus + "/" + (try XCTUnwrap(shell.session.corpus.records.first?.file))
        let before = try Data(contentsOf: URL(fileURLWithPath: report))
        XCTAssertEqual(shell.run(".output \(report)"), .failure)
        XCTAssertTrue(shell.error.contains("refusing to export to"), shell.error)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: report)), before)
        shell.clear()
        XCTAssertEqual(shell.run(".once \(shell.folder.path)"), .failure)
        XCTAssertTrue(shell.error.contains("not a regular file"), shell.error)
        shell.clear()
        XCTAssertEqual(shell.run("select year where id ~ '003';"), .success)
        XCTAssertEqual(shell.standard, "+------+\n| year |\n+------+\n| 2023 |\n+------+\n", "still on the screen")
        XCTAssertEqual(shell.run(".output |cat"), .usage)
        XCTAssertEqual(shell.run(".once"), .usage)
        XCTAssertEqual(shell.run(".output a b"), .usage)
    }

    /// With a journal, the temporary file is recorded while it is written and forgotten after.
    func testTheTemporaryIsRecordedInTheJournalWhileOpen() throws {
        let journal = TemporaryJournal(folder: shell.path("journal"))
        let recorded = try SessionHarness(folder: shell.folder) { $0.journal = journal }
        XCTAssertEqual(recorded.run(".output \(shell.path("j.txt"))\nselect year where id ~ '003';"), .success)
        let entries = try FileManager.default.contentsOfDirectory(atPath: journal.folder)
        XCTAssertEqual(entries.count, 1)
        let temporary = try String(contentsOfFile: journal.folder + "/" + entries[0], encoding: .utf8)
        XCTAssertEqual(FilePaths.directory(of: temporary), FilePaths.canonical(shell.folder.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: temporary))
        XCTAssertEqual(recorded.run(".output"), .success)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: journal.folder), [])
        XCTAssertEqual(contents("j.txt"), "+------+\n| year |\n+------+\n| 2023 |\n+------+\n")
    }
}
