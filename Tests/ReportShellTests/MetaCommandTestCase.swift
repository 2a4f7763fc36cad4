import XCTest
@testable import ReportShell

/// A session for each test (script mode unless a test makes its own), removed afterwards.
class MetaCommandTestCase: XCTestCase {
    var shell: SessionHarness!

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    /// Runs `input` and returns what it printed on standard output, asserting `status`.
    func output(_ input: String, status: SessionStatus = .success, file: StaticString = #filePath, line: UInt = #line) -> String {
        shell.clear()
        XCTAssertEqual(shell.run(input), status, shell.error, file: file, line: line)
        return shell.standard
    }
}
