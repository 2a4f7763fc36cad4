import Foundation
import XCTest

/// Line editing in the interactive shell, driven through a pseudo-terminal.
/// (Phase 1: the shell echoes each line as "you typed: …".)
final class InteractiveShellTests: XCTestCase {
    private static let prompt = "公开> "
    private var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: home)
    }

    private func startShell(lang: String? = "C.UTF-8") throws -> TerminalSession {
        let binary = try XCTUnwrap(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
        let shell = try TerminalSession(
            executable: binary, arguments: ["corpus/"],
            environment: GongkaiBinary.environment(home: home.path, lang: lang))
        XCTAssertTrue(shell.expect(Self.prompt), "no prompt; got: \(shell.transcript)")
        return shell
    }

    private func quit(_ shell: TerminalSession) {
        shell.send(Key.ctrlD)
        XCTAssertEqual(shell.waitForExit(), .exited(0), shell.transcript)
    }

    /// Backspace removes one whole Chinese character; Left moves over one.
    private func assertChineseEditing(lang: String?) throws {
        let shell = try startShell(lang: lang)
        shell.send("select 机关")
        XCTAssertTrue(shell.expect("select 机关"), shell.transcript)
        shell.send(Key.backspace + "构" + Key.left + Key.left + "行政" + Key.enter)
        XCTAssertTrue(shell.expect("you typed: select 行政机构\n"), shell.transcript)
        XCTAssertTrue(shell.expect(Self.prompt))
        quit(shell)
    }

    func testChineseInputEditsByCharacter() throws {
        try assertChineseEditing(lang: "C.UTF-8")
    }

    func testChineseInputWorksWithLANGUnset() throws {
        try assertChineseEditing(lang: nil)
    }

    func testUpRecallsAnEntryFromAPreviousRun() throws {
        let first = try startShell()
        first.send("select 机关 where requests.new > 0" + Key.enter)
        XCTAssertTrue(first.expect("you typed: select 机关 where requests.new > 0"), first.transcript)
        first.send("second" + Key.enter)
        XCTAssertTrue(first.expect("you typed: second"))
        quit(first)
        let saved = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        XCTAssertEqual(saved, "select 机关 where requests.new > 0\nsecond\n")

        let second = try startShell()
        second.send(Key.up + Key.up + Key.enter)
        XCTAssertTrue(second.expect("you typed: select 机关 where requests.new > 0\n"), second.transcript)
        quit(second)
    }

    /// Types a line, interrupts it with `interrupt`, and checks that the line is gone, a fresh
    /// prompt is shown and the shell goes on.
    private func assertInterruptAbandonsTheLine(_ interrupt: (TerminalSession) -> Void) throws {
        let shell = try startShell()
        shell.send("select abandoned")
        XCTAssertTrue(shell.expect("select abandoned"))
        interrupt(shell)
        XCTAssertTrue(shell.expect("^C\n" + Self.prompt), shell.transcript)
        shell.send("kept" + Key.enter)
        XCTAssertTrue(shell.expect("you typed: kept\n"), shell.transcript)
        XCTAssertFalse(shell.transcript.contains("abandonedkept"))
        interrupt(shell)
        XCTAssertTrue(shell.expect("^C\n" + Self.prompt), "an interrupt on an empty line keeps running too")
        quit(shell)
    }

    func testCtrlCDiscardsTheLineAndShowsAFreshPrompt() throws {
        try assertInterruptAbandonsTheLine { $0.send(Key.ctrlC) }
    }

    func testSIGINTFromOutsideAlsoAbandonsTheLine() throws {
        // Not the Ctrl-C key (which is a key while editing): a real signal, at any moment.
        try assertInterruptAbandonsTheLine { $0.signal(SIGINT) }
    }

    func testCtrlZKeepsTheLine() throws {
        // The test's child is an orphaned process group, so the kernel ignores its SIGTSTP:
        // what is checked is that editing resumes with the line intact.
        let shell = try startShell()
        shell.send("select 机")
        XCTAssertTrue(shell.expect("select 机"))
        shell.send(Key.ctrlZ)
        XCTAssertTrue(shell.waitUntilEditing())
        shell.send("关" + Key.enter)
        XCTAssertTrue(shell.expect("you typed: select 机关\n"), shell.transcript)
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
        XCTAssertFalse(shell.transcript.contains("you typed: .quit"))
    }

    func testTabCompletesAUniqueWordAndListsAmbiguousOnes() throws {
        let shell = try startShell()
        shell.send("sel" + Key.tab + "机关" + Key.enter)
        XCTAssertTrue(shell.expect("you typed: select 机关\n"), shell.transcript)

        // Chinese before the cursor, completion mid-line: the word and the edit must line up.
        shell.send("select 机关，requ x" + Key.left + Key.left + Key.tab + Key.enter)
        XCTAssertTrue(shell.expect("you typed: select 机关，requests.new x\n"), shell.transcript)

        shell.send("." + Key.tab)
        XCTAssertTrue(shell.expect(".help  .quit\n"), "ambiguous: both listed; got: \(shell.transcript)")
        XCTAssertTrue(shell.expect(Self.prompt + "."), "the prompt and the line come back")
        shell.send("q" + Key.tab + Key.enter)
        XCTAssertEqual(shell.waitForExit(), .exited(0), shell.transcript)
    }
}
