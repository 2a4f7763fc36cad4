import Foundation
import XCTest

/// The interactive shell, driven through a pseudo-terminal as a person would use it.
final class InteractiveShellTests: XCTestCase {
    private static let prompt = "gongkai> "
    private var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: home)
    }

    private func startShell(lang: String? = "C.UTF-8", environment extra: [String: String] = [:]) throws -> TerminalSession {
        let binary = try XCTUnwrap(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        let shell = try TerminalSession(
            executable: binary, arguments: [GongkaiBinary.corpus],
            environment: GongkaiBinary.environment(home: home.path, lang: lang).merging(extra) { $1 })
        XCTAssertTrue(shell.expect(Self.prompt), "no prompt; got: \(shell.transcript)")
        return shell
    }

    private func quit(_ shell: TerminalSession) {
        shell.send(Key.ctrlD)
        XCTAssertEqual(shell.waitForExit(), .exited(0), shell.transcript)
    }

    func testBannerThenPrompt() throws {
        let shell = try startShell()
        XCTAssertTrue(shell.transcript.contains(
            "gongkai 0.1.0 — 5 reports from \(GongkaiBinary.corpus) (2 with tables as images); .help for help\n\(Self.prompt)"),
                      shell.transcript)
        quit(shell)
    }

    /// Backspace removes one whole Chinese character; Left moves over one; the result is a table.
    private func assertChineseQuery(lang: String?) throws {
        let shell = try startShell(lang: lang)
        shell.send("select 机构")
        XCTAssertTrue(shell.expect("select 机构"), shell.transcript)
        shell.send(Key.backspace + "关 where 份 = 2021;" + String(repeating: Key.left, count: 9) + "年" + Key.enter)
        XCTAssertTrue(shell.expect("""
            +----------------------+
            | 机关                 |
            +----------------------+
            | 济宁市工业和信息化局 |
            +----------------------+
            (1 row)
            \(Self.prompt)
            """), shell.transcript)
        quit(shell)
    }

    func testAChineseQueryIsEditedByCharacterAndShowsATable() throws {
        try assertChineseQuery(lang: "C.UTF-8")
    }

    func testChineseInputWorksWithLANGUnset() throws {
        try assertChineseQuery(lang: nil)
    }

    func testErrorsPutTheCaretUnderTheRightCharacter() throws {
        let shell = try startShell()
        shell.send("select 机关 where 年分 = 2021;" + Key.enter)
        XCTAssertTrue(shell.expect("""
            error: unknown field '年分' — did you mean '年份'?
              select 机关 where 年分 = 2021
                                ^~~~
            \(Self.prompt)
            """), shell.transcript)
        quit(shell)
    }

    func testAStatementMayGoOnOverLinesAndIsOneHistoryEntry() throws {
        let script = home.appendingPathComponent("s.sql").path
        try "select 'from a script' as s where id ~ '001';\n".write(toFile: script, atomically: true, encoding: .utf8)
        let first = try startShell()
        first.send("select year," + Key.enter)
        XCTAssertTrue(first.expect("      …> "), first.transcript)
        first.send("  count(*) group by year;" + Key.enter)
        XCTAssertTrue(first.expect("(3 rows)\n" + Self.prompt), first.transcript)
        first.send("select 'second';" + Key.enter)
        XCTAssertTrue(first.expect("(1 row)\n" + Self.prompt), first.transcript)
        first.send(".read \(script)" + Key.enter)
        XCTAssertTrue(first.expect("| from a script |"), first.transcript)
        XCTAssertTrue(first.expect(Self.prompt))
        quit(first)
        let saved = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        XCTAssertEqual(saved, "select year,\\n  count(*) group by year;\nselect 'second';\n.read \(script)\n",
                       "what was typed, not the statements of the script")

        let second = try startShell()
        second.send(Key.up + Key.up + Key.up + Key.enter)
        XCTAssertTrue(second.expect("| 2022 |        3 |"), "Up recalls the entry of the previous run: \(second.transcript)")
        XCTAssertTrue(second.expect(Self.prompt))
        second.send(".history" + Key.enter)
        XCTAssertTrue(second.expect("1  select year,\n     count(*) group by year;\n2  select 'second';\n3  .read "), second.transcript)
        quit(second)
    }

    /// A statement pasted over four lines, each of the first three a statement that would parse on its
    /// own, runs once, at its ';' (as in sqlite3, psql and DuckDB), with a continuation prompt per line.
    func testAStatementPastedOverFourLinesRunsOnceAtItsSemicolon() throws {
        let shell = try startShell()
        shell.send("select 'pasted' as p" + Key.enter + "where id ~ '001'" + Key.enter + "order by 1" + Key.enter
                   + "limit 1;" + Key.enter)
        XCTAssertTrue(shell.expect("| pasted |\n+--------+\n(1 row)\n" + Self.prompt), shell.transcript)
        quit(shell)
        let transcript = shell.transcript
        XCTAssertEqual(transcript.components(separatedBy: "| p      |").count - 1, 1, "one result: \(transcript)")
        XCTAssertEqual(transcript.components(separatedBy: "      …> ").count - 1, 3, transcript)
        XCTAssertFalse(transcript.contains("error"), transcript)
    }

    func testTabCompletesFieldsSegmentBySegmentAndMetaCommands() throws {
        let shell = try startShell()
        shell.send("select requests.de" + Key.tab)
        XCTAssertTrue(shell.expect("requests.denied."), shell.transcript)
        shell.send("tot" + Key.tab + "where id ~ '004';" + Key.enter)
        XCTAssertTrue(shell.expect("| requests.denied.total |"), shell.transcript)
        XCTAssertTrue(shell.expect(Self.prompt))
        shell.send(".hel" + Key.tab + "fo" + Key.tab + Key.enter)
        XCTAssertTrue(shell.expect(".format MODE (or --format on the command line)"), shell.transcript)
        quit(shell)
    }

    /// Types a line, interrupts it with `interrupt`, and checks that the line is gone, a fresh
    /// prompt is shown and the shell goes on.
    private func assertInterruptAbandonsTheLine(_ interrupt: (TerminalSession) -> Void) throws {
        let shell = try startShell()
        shell.send("select abandoned")
        XCTAssertTrue(shell.expect("select abandoned"))
        interrupt(shell)
        XCTAssertTrue(shell.expect("^C\n" + Self.prompt), shell.transcript)
        shell.send("select 'kept' as k where id ~ '001';" + Key.enter)
        XCTAssertTrue(shell.expect("| kept |"), shell.transcript)
        XCTAssertFalse(shell.transcript.contains("abandoned'"))
        XCTAssertTrue(shell.expect(Self.prompt))
        interrupt(shell)
        XCTAssertTrue(shell.expect("^C\n" + Self.prompt), "an interrupt on an empty line keeps running too")
        quit(shell)
    }

    func testCtrlCDiscardsTheLineAndShowsAFreshPrompt() throws {
        try assertInterruptAbandonsTheLine { $0.send(Key.ctrlC) }
    }

    func testSIGINTFromOutsideAlsoAbandonsTheLine() throws {
        try assertInterruptAbandonsTheLine { $0.signal(SIGINT) }
    }

    func testCtrlCStopsARunningQueryAndTheShellGoesOn() throws {
        // The test hook makes every statement wait 30 s (polling its cancellation) before it runs.
        let shell = try startShell(environment: ["GONGKAI_TEST_SLOW_QUERY_MS": "30000"])
        shell.send("select count(*) as n;" + Key.enter)
        XCTAssertTrue(shell.expect("select count(*) as n;\n"))
        usleep(300_000)
        shell.send(Key.ctrlC, waitForEditor: false)
        XCTAssertTrue(shell.expect("interrupted\n" + Self.prompt, timeout: 5), shell.transcript)
        XCTAssertFalse(shell.transcript.contains("| n |"))
        shell.send(".timer on" + Key.enter)
        XCTAssertTrue(shell.expect(Self.prompt))
        quit(shell)
    }

    func testCtrlZKeepsTheLine() throws {
        // The test's child is an orphaned process group, so the kernel ignores its SIGTSTP:
        // what is checked is that editing resumes with the line intact.
        let shell = try startShell()
        shell.send("select 机")
        XCTAssertTrue(shell.expect("select 机"))
        shell.send(Key.ctrlZ)
        XCTAssertTrue(shell.waitUntilEditing())
        shell.send("关 where id ~ '002';" + Key.enter)
        XCTAssertTrue(shell.expect("| 聊城市工业和信息化局 |"), shell.transcript)
        quit(shell)
    }

    func testCtrlDOnAnEmptyLineExitsZero() throws {
        let shell = try startShell()
        quit(shell)
    }

    func testQuitCommandExitsZero() throws {
        let shell = try startShell()
        shell.send(".quit" + Key.enter)
        XCTAssertEqual(shell.waitForExit(), .exited(0), shell.transcript)
    }
}
