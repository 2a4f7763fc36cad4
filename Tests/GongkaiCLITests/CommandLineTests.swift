import Foundation
import XCTest

/// The command-line surface, run as a process without a terminal.
final class CommandLineTests: XCTestCase {
    private var home: URL!
    private var environment: [String: String] { GongkaiBinary.environment(home: home.path) }
    private let corpus = GongkaiBinary.corpus
    private let small = "select agency, year where year = 2021"

    override func setUpWithError() throws {
        XCTAssertNotNil(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], input: String? = nil, directory: URL? = nil) throws -> GongkaiProcess.Outcome {
        try GongkaiProcess.run(arguments, input: input, environment: environment, directory: directory)
    }

    private func write(_ text: String, to name: String) throws -> String {
        let path = home.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testHelpExitsZeroAndDescribesTheDefaultCommandsOptions() throws {
        for flag in ["--help", "-h", "help"] {
            let outcome = try run([flag])
            XCTAssertEqual(outcome.status, 0, flag)
            for option in ["-c, --command", "-f, --file", "--format", "--keep-going", "--views", "--no-cache",
                           "Exit status: 0", "views.sql", "GONGKAI_HISTORY"] {
                XCTAssertTrue(outcome.output.contains(option), "\(flag) should mention \(option)")
            }
            XCTAssertTrue(outcome.output.contains("gongkai records"), flag)
        }
    }

    func testVersion() throws {
        let outcome = try run(["--version"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "0.1.0\n")
    }

    func testUsageErrorsExitTwo() throws {
        for arguments in [["--bogus"], ["--format", "xml"], ["generate"], ["generate", "many", "out"], ["records", "--bogus"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.status, 2, "\(arguments)")
            XCTAssertTrue(outcome.error.contains("Error:"), "\(arguments): \(outcome.error)")
            XCTAssertEqual(outcome.output, "", "\(arguments)")
        }
        let misused = try run([corpus, "-c", ".maxrows many"])
        XCTAssertEqual(misused.status, 2, "a misused meta-command is a usage error")
        XCTAssertTrue(misused.error.hasSuffix("error: N must be a whole number, 0 or more — usage: .maxrows [N]\n"), misused.error)
    }

    func testEachFormat() throws {
        let expected = [
            "csv": "agency,year\r\n济宁市工业和信息化局,2021\r\n",
            "json": "[\n  {\"agency\":\"济宁市工业和信息化局\",\"year\":2021}\n]\n",
            "jsonl": "{\"agency\":\"济宁市工业和信息化局\",\"year\":2021}\n",
            "tsv": "agency\tyear\n济宁市工业和信息化局\t2021\n",
            "markdown": "| agency               | year |\n| -------------------- | ---: |\n| 济宁市工业和信息化局 | 2021 |\n",
            "table": """
                +----------------------+------+
                | agency               | year |
                +----------------------+------+
                | 济宁市工业和信息化局 | 2021 |
                +----------------------+------+

                """,
        ]
        for (format, text) in expected {
            let outcome = try run([corpus, "-c", small, "--format", format])
            XCTAssertEqual(outcome.status, 0, format)
            XCTAssertEqual(Array(outcome.output.utf8), Array(text.utf8), format)
        }
    }

    func testTheLoadSummaryGoesToStandardError() throws {
        let outcome = try run([corpus, "-c", "select count(*) as n", "--format", "csv", "--no-cache"])
        XCTAssertEqual(outcome.output, "n\r\n5\r\n")
        XCTAssertNotNil(outcome.error.range(of: #"^loaded 5 reports from .*corpus \(2 with tables as images, 0 skipped\) in \d+ ms\n$"#,
                                            options: .regularExpression), outcome.error)
    }

    func testLoadingProblemsAreOneLineEach() throws {
        let junk = try write("hello", to: "junk.txt")
        let outcome = try run([corpus, junk, home.appendingPathComponent("missing").path, "-c", "select count(*) as n", "--format", "csv"])
        XCTAssertEqual(outcome.output, "n\r\n5\r\n")
        let lines = outcome.error.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, outcome.error)
        XCTAssertEqual(lines[0], "gongkai: \(home.appendingPathComponent("missing").path): no such file or directory")
        XCTAssertTrue(lines[1].hasPrefix("gongkai: junk.txt: "), outcome.error)
        XCTAssertTrue(lines[2].hasPrefix("loaded 5 reports from 3 paths (2 with tables as images, 2 skipped)"), outcome.error)
    }

    /// Issue 12 item 12: a path that does not exist gave "loaded 0 reports … 1 skipped" and exit 0,
    /// so a script in a pipeline answered over nothing. Not one path readable: exit 1, no answer.
    func testWhenNoPathGivenCanBeReadItExitsOneWithoutAnswering() throws {
        let missing = home.appendingPathComponent("missing").path
        let outcome = try run([missing, "-c", "select count(*) as n", "--format", "csv"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "", "no statement is answered")
        XCTAssertTrue(outcome.error.hasPrefix("gongkai: \(missing): no such file or directory\n"), outcome.error)
        let piped = try run([missing, home.appendingPathComponent("also-missing").path], input: "select 1;\n")
        XCTAssertEqual(piped.status, 1)
        XCTAssertEqual(piped.output, "")
        let some = try run([missing, corpus, "-c", "select count(*) as n", "--format", "csv"])
        XCTAssertEqual(some.status, 0, "what could be read is loaded, the rest reported as before")
        XCTAssertEqual(some.output, "n\r\n5\r\n")
    }

    /// Issue 12 item 11: a FIFO given directly was reported as "permission denied"; it is named for
    /// what it is, never opened (that would wait for a writer), and as nothing else was given, exit 1.
    func testAFIFOGivenDirectlyIsNamedAndNeverOpened() throws {
        let fifo = home.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let outcome = try run([fifo, "-c", "select count(*) as n"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.error.hasPrefix("gongkai: \(fifo): not a regular file (a FIFO (named pipe)); skipped\n"), outcome.error)
        let records = try run(["records", fifo, corpus])
        XCTAssertEqual(records.status, 0, records.error)
        XCTAssertEqual(records.output.split(separator: "\n").count, 5)
    }

    /// Issue 12 item 13: a script saved with a UTF-8 byte-order mark (Notepad) runs, from -f and stdin.
    func testAScriptStartingWithAByteOrderMarkRuns() throws {
        let script = try write("\u{FEFF}select count(*) as n;\n", to: "bom.sql")
        let fromFile = try run([corpus, "-f", script, "--format", "csv"])
        XCTAssertEqual(fromFile.status, 0, fromFile.error)
        XCTAssertEqual(fromFile.output, "n\r\n5\r\n")
        let piped = try run([corpus, "--format", "csv"], input: "\u{FEFF}select count(*) as n;\n")
        XCTAssertEqual(piped.status, 0, piped.error)
        XCTAssertEqual(piped.output, "n\r\n5\r\n")
    }

    /// Issue 12 item 13: `-c "-1 x"` is a statement (here a wrong one: status 1), not an option (2).
    func testACommandStartingWithADashIsAStatement() throws {
        let outcome = try run([corpus, "-c", "-1 x"])
        XCTAssertEqual(outcome.status, 1, outcome.error)
        XCTAssertTrue(outcome.error.contains("error: expected a statement"), outcome.error)
    }

    func testStatementsAndScriptsRunInTheOrderGiven() throws {
        let script = try write("select 'from the script' as s;\n", to: "s.sql")
        let outcome = try run([corpus, "--format", "csv", "-c", "select 1 as first", "-f", script, "--command=select 3 as third"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        // A select that names no field and has no from is one row.
        XCTAssertEqual(outcome.output, "first\r\n1\r\ns\r\nfrom the script\r\nthird\r\n3\r\n")
    }

    func testAScriptErrorNamesFileLineColumnAndExitsOne() throws {
        let script = try write("select id where year = 2021;\n-- the typo:\nselect agency,\n       yeer;\nselect 'never' as n;\n", to: "bad.sql")
        let outcome = try run([corpus, "-f", script, "--format", "csv"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "id\r\n001_34dea689f8aa9d71\r\n")
        XCTAssertTrue(outcome.error.hasSuffix("""
            \(script):4:8: error: unknown field 'yeer' — did you mean 'year'?
                     yeer
                     ^~~~

            """), outcome.error)
    }

    func testKeepGoingRunsTheRestAndStillExitsOne() throws {
        let script = try write("select nope;\nselect 'after' as n;\n", to: "k.sql")
        let outcome = try run([corpus, "-f", script, "-c", "select 'later' as m", "--keep-going", "--format", "csv"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "n\r\nafter\r\nm\r\nlater\r\n")
        XCTAssertTrue(outcome.error.contains("\(script):1:8: error: unknown field 'nope'"), outcome.error)

        let stopped = try run([corpus, "-f", script, "-c", "select 'later' as m", "--format", "csv"])
        XCTAssertEqual(stopped.status, 1)
        XCTAssertEqual(stopped.output, "", "without --keep-going the first failure stops everything")
    }

    func testMissingScriptFails() throws {
        let outcome = try run([corpus, "-f", "/nonexistent/x.sql"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.error.hasSuffix("error: cannot read /nonexistent/x.sql: No such file or directory\n"), outcome.error)
    }

    func testPipedStatementsRunAsAScriptWithoutPromptOrBanner() throws {
        let outcome = try run([corpus, "--format", "csv"], input: "select year\nwhere id ~ '003';\n.format jsonl\nselect 机关 where 年份 = 2021\n")
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "year\r\n2023\r\n{\"机关\":\"济宁市工业和信息化局\"}\n")
        XCTAssertFalse(outcome.output.contains("gongkai>") || outcome.error.contains("gongkai>"))
        XCTAssertFalse(outcome.output.contains(".help for help"))

        let failing = try run([corpus], input: "select 1;\nselect nope;\n")
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.error.contains("<stdin>:2:8: error: unknown field 'nope'"), failing.error)
    }

    func testEmptyStandardInputExitsZero() throws {
        let outcome = try run([corpus])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "")
    }

    func testViewsPersistBetweenRunsInTheConfigFolder() throws {
        let first = try run([corpus, "-c", "create view y2022 as select id where year = 2022"])
        XCTAssertEqual(first.status, 0, first.error)
        let file = home.appendingPathComponent(".config/gongkai/views.sql").path
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("create view y2022 as select id where year = 2022;"))
        let second = try run([corpus, "-c", "select count(*) as n from y2022", "--format", "csv"])
        XCTAssertEqual(second.output, "n\r\n3\r\n")
        let elsewhere = try run([corpus, "-c", "select count(*) as n from y2022", "--views", home.appendingPathComponent("other.sql").path])
        XCTAssertEqual(elsewhere.status, 1, "--views chooses another file")
    }

    func testADamagedViewsFileIsReportedAndDoesNotStopGongkai() throws {
        let views = try write("create view good as select id;\ncreate view bad as select nope;\n", to: "views.sql")
        let outcome = try run([corpus, "--views", views, "-c", "select count(*) as n from good", "--format", "csv"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "n\r\n5\r\n")
        XCTAssertTrue(outcome.error.contains("\(views):2:27: error: unknown field 'nope'"), outcome.error)
    }

    /// Issue 12 item 4: a views file of 11,000 views, each reading the one before, crashed every start
    /// with a stack overflow. Now the chains of at most 100 load, each deeper one is reported with its
    /// line, and gongkai starts and answers.
    func testAViewsFileOfAVeryLongChainStartsAndReportsTheTooDeepViews() throws {
        var text = "create view v0 as select id, year;\n"
        for k in 1..<11_000 { text += "create view v\(k) as select id, year from v\(k - 1);\n" }
        let views = try write(text, to: "views.sql")
        let outcome = try run([corpus, "--views", views, "--keep-going", "--format", "csv",
                               "-c", "select count(*) as n from v99; select count(*) from v100"])
        let head = String(outcome.error.prefix(2000))
        XCTAssertEqual(outcome.status, 1, "the second statement fails")
        XCTAssertEqual(outcome.output, "n\r\n5\r\n")
        XCTAssertTrue(outcome.error.contains("\(views):101:42: error: view 'v100' reads views nested more than 100 deep: v100 → v99 → v98 → …"), head)
        XCTAssertTrue(outcome.error.contains("\(views):10001:44: error: view 'v10000' reads views nested more than 100 deep: v10000 → v9999 → v9998 → …"), head)
        XCTAssertTrue(outcome.error.contains("gongkai: view 'v10999' was not loaded; it stays in \(views) until fixed there"))
        XCTAssertTrue(outcome.error.contains("error: unknown view 'v100'"), String(outcome.error.suffix(500)))
    }

    func testExportWritesRelativeToTheCurrentDirectory() throws {
        let outcome = try run([corpus, "-c", "export select id where year = 2023 to 'out.csv'"], directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.error.hasSuffix("wrote 1 row to out.csv\n"), outcome.error)
        XCTAssertEqual(try String(contentsOf: home.appendingPathComponent("out.csv"), encoding: .utf8), "id\r\n003_d68fabd84de01588\r\n")
    }


    /// `.output FILE` still open when the last -c statement has run: the one-shot exits without tearing
    /// the session down, and the file was left under its temporary name (never renamed into place).
    func testAnOutputFileStillOpenAtTheEndIsWritten() throws {
        let outcome = try run([corpus, "--format", "csv", "-c", ".output result.csv", "-c", "select 7 as n"], directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "", "the result goes to the file")
        XCTAssertEqual(try String(contentsOf: home.appendingPathComponent("result.csv"), encoding: .utf8), "n\r\n7\r\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(left, [], "no temporary is left")
    }
    func testRecordsPrintsOneJSONObjectPerReport() throws {
        let outcome = try run(["records", corpus])
        XCTAssertEqual(outcome.status, 0)
        let lines = outcome.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 5)
        XCTAssertTrue(lines[3].hasPrefix("{\"id\":\"003_d68fabd84de01588\","), String(lines[3].prefix(60)))
    }

    func testQuietBOMNoHeaderAndSeparatorFlags() throws {
        let outcome = try run([corpus, "-q", "--bom", "--no-header", "-s", ";", "--format", "csv", "-c",
                               "select agency, year where id ~ '003'"])
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.error, "", "-q: no load summary")
        // The harness decodes the output as UTF-8 text, which drops a leading BOM; ShellHabitsTests
        // checks --bom's byte-order mark in the session, and here the flag is accepted.
        XCTAssertTrue(outcome.output.hasSuffix("枣庄市市中区工业和信息化局;2023\r\n"), outcome.output)
        let box = try run([corpus, "--quiet", "--format", "box", "-c", "select year where id ~ '003'"])
        XCTAssertEqual(box.output, "┌──────┐\n│ year │\n├──────┤\n│ 2023 │\n└──────┘\n")
    }

    func testRecordsWritesAFileInTheFormatAsked() throws {
        let outcome = try run(["records", corpus, "--format", "csv", "--output", "out.txt", "--sources"], directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.error.hasSuffix("wrote 5 records to out.txt\n"), outcome.error)
        let text = try String(contentsOf: home.appendingPathComponent("out.txt"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("id,source(id),file,source(file),"), String(text.prefix(40)))
        let refused = try run(["records", corpus, "--format", "parquet"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.error.contains("parquet needs a file"), refused.error)
    }

    func testGenerateWritesReportsThatLoad() throws {
        let folder = home.appendingPathComponent("generated").path
        let generated = try run(["generate", "20", folder, "--seed", "7"])
        XCTAssertEqual(generated.status, 0, generated.error)
        XCTAssertEqual(generated.error, "wrote 20 reports to \(folder)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).count, 20)
        let counted = try run([folder, "-c", "select count(*) as n", "--format", "csv"])
        XCTAssertEqual(counted.output, "n\r\n20\r\n")
        let again = home.appendingPathComponent("again").path
        _ = try run(["generate", "20", again, "--seed", "7"])
        let first = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: again).sorted(), first, "the same seed writes the same files")
    }

    func testGenerateDrawsTheLayoutsNamed() throws {
        let folder = home.appendingPathComponent("pages").path
        let generated = try run(["generate", "4", folder, "--layouts", "html"])
        XCTAssertEqual(generated.status, 0, generated.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).map { ($0 as NSString).pathExtension },
                       Array(repeating: "html", count: 4))
        let unknown = try run(["generate", "4", folder, "--layouts", "html,scroll"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.error.contains("unknown layout 'scroll'"), unknown.error)
    }

    func testGeneratePanelWritesOneBodyYearEach() throws {
        let folder = home.appendingPathComponent("panel").path
        let generated = try run(["generate", "12", folder, "--panel", "--seed", "3"])
        XCTAssertEqual(generated.status, 0, generated.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).count, 12)
        let both = try run(["generate", "4", folder + "2", "--panel", "--layouts", "html"])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.error.contains("leave out --layouts"), both.error)
    }
}
