import ArgumentParser
import Foundation
import ReportSynth

/// `gongkai generate N DIR [--seed S]`: writes N synthetic reports into DIR.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic reports (deterministic for a given seed).",
        discussion: "Writes N report texts in the official format, layouts mixed, into DIR (created if needed), for tests and benchmarks."
    )

    @Argument(help: "How many reports to write.")
    var count: Int

    @Argument(help: "The folder to write them into.")
    var directory: String

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard count >= 0 else { throw ValidationError("N must not be negative.") }
    }

    func run() throws {
        do {
            let files = try writeCorpus(count: count, to: URL(fileURLWithPath: directory), seed: seed)
            StandardStreams.writeError("wrote \(files.count) \(files.count == 1 ? "report" : "reports") to \(directory)\n")
        } catch {
            StandardStreams.writeError("gongkai generate: cannot write to \(directory): \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.failure)
        }
    }
}
