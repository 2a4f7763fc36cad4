import Foundation
import XCTest

/// The command-line surface, run as a process without a terminal.
final class CommandLineTests: XCTestCase {
    private let environment = GongkaiBinary.environment(home: NSTemporaryDirectory())

    private func run(_ arguments: [String], input: String? = nil) throws -> GongkaiProcess.Outcome {
        try GongkaiProcess.run(arguments, input: input, environment: environment)
    }

    override func setUpWithError() throws {
        XCTAssertNotNil(GongkaiBinary.path(), "build the gongkai executable first (swift build)")
    }

    func testHelpExitsZeroAndDescribesTheDefaultCommandsOptions() throws {
        for flag in ["--help", "-h", "help"] {
            let outcome = try run([flag])
            XCTAssertEqual(outcome.status, 0, flag)
            for option in ["-c, --command", "-f, --file", "--format", "--keep-going", "--views", "--no-cache"] {
                XCTAssertTrue(outcome.output.contains(option), "\(flag) should mention \(option)")
            }
            XCTAssertTrue(outcome.output.contains("gongkai records"), flag)
        }
    }

    func testVersion() throws {
        let outcome = try run(["--version"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertNotNil(outcome.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression))
    }

    func testUsageErrorsExitTwo() throws {
        for arguments in [["--bogus"], ["--format", "xml"], ["generate"], ["generate", "many", "out"], ["records", "--bogus"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.status, 2, "\(arguments)")
            XCTAssertTrue(outcome.error.contains("Error:"), "\(arguments): \(outcome.error)")
            XCTAssertEqual(outcome.output, "", "\(arguments)")
        }
    }

    func testAllOptionsOfTheDefaultCommandParse() throws {
        // Statements cannot run before the query engine lands (status 1), but the line parses (not 2).
        let outcome = try run([
            "-c", "select agency", "--command", "select year", "-f", "a.gk", "--file", "b.gk",
            "--format", "jsonl", "--keep-going", "--views", "views.gk", "--no-cache", "corpus/", "more/",
        ])
        XCTAssertEqual(outcome.status, 1, outcome.error)
    }

    func testSubcommandsAreRecognisedBeforePaths() throws {
        let records = try run(["records", "corpus/"])
        XCTAssertEqual(records.status, 1)
        XCTAssertTrue(records.error.contains("gongkai records"), records.error)
        let generate = try run(["generate", "3", "out", "--seed", "7"])
        XCTAssertEqual(generate.status, 1)
        XCTAssertTrue(generate.error.contains("gongkai generate"), generate.error)
    }

    func testPipedInputIsReadWithoutPromptOrBanner() throws {
        let outcome = try run(["corpus/"], input: "select 机关\n\n.help\r\nlast without newline")
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(
            outcome.output,
            "you typed: select 机关\nyou typed: \nyou typed: .help\nyou typed: last without newline\n")
        XCTAssertEqual(outcome.error, "")
    }

    func testPipedQuitStopsReading() throws {
        let outcome = try run([], input: "a\n .quit \nb\n")
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "you typed: a\n")
    }

    func testEmptyStandardInputExitsZeroSilently() throws {
        let outcome = try run([])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "")
    }
}
