import Foundation
import XCTest
@testable import ReportShell

/// Issue 12 item 10: raw terminal escapes reached the terminal from file names in load messages,
/// from `.show` and from the echo of an unexpected character. Every such text goes through the
/// table renderer's one escape (`VisibleText`): ESC shows as `\u{1B}`, never as the byte.
final class TerminalEscapeTests: XCTestCase {
    private var folder: URL!
    private let escape = "\u{1B}]0;owned\u{7}\u{1B}[2J"
    private let shown = "\\u{1B}]0;owned\\u{7}\\u{1B}[2J"

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: SessionHarness.corpus + "/003_d68fabd84de01588.txt",
                                         toPath: corpus.appendingPathComponent("r\(escape).txt").path)
        try Data().write(to: corpus.appendingPathComponent("empty\(escape).txt"))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func session() throws -> SessionHarness {
        try SessionHarness(interactive: true, folder: folder) { $0.paths = [self.folder.appendingPathComponent("corpus").path] }
    }

    private func assertNoRawControl(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let raw = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        XCTAssertTrue(raw.isEmpty, "raw control characters: \(raw.map { $0.value })", file: file, line: line)
    }

    func testLoadMessagesShowFileNamesEscaped() throws {
        let shell = try session()
        XCTAssertTrue(shell.error.contains("gongkai: empty\(shown).txt: empty file\n"), shell.error)
        assertNoRawControl(shell.error)
    }

    func testShowEscapesTextFromTheFile() throws {
        let shell = try session()
        shell.clear()
        XCTAssertEqual(shell.run(".show r"), .success, shell.error)
        XCTAssertTrue(shell.standard.contains("r\(shown)"), shell.standard)
        assertNoRawControl(shell.standard)
        shell.clear()
        XCTAssertEqual(shell.run(".source r agency"), .success, shell.error)
        XCTAssertTrue(shell.standard.contains("r\(shown).txt:"), shell.standard)
        assertNoRawControl(shell.standard)
    }

    func testAnUnexpectedCharacterIsEchoedEscaped() throws {
        let shell = try session()
        shell.clear()
        XCTAssertEqual(shell.run("select agency \u{1B}[2J"), .failure)
        XCTAssertTrue(shell.error.contains("\\u{1B}"), shell.error)
        assertNoRawControl(shell.error)
    }
}
