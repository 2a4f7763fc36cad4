import ArgumentParser
import Foundation
import ReportSynth

/// `gongkai generate N DIR [--seed S] [--layouts L,L…] [--panel]`: writes N synthetic reports into DIR.
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

    @Option(help: ArgumentHelp(
        "Draw each report's layout from this comma-separated list (a name given twice is drawn twice as often) instead of from all of them.",
        discussion: "Layouts: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "layouts"))
    var layouts: String?

    @Flag(help: ArgumentHelp(
        "Write a panel: one report per body and year over 2019–2024 (some years missing), about 29,000 bodies across China.",
        discussion: "A few bodies copy last year's report word for word but for its years, some reports are published late, and each year's carried-in requests mostly match the year before's carried-out, so every check across years has cases that pass and fail. Not with --layouts."))
    var panel = false

    func validate() throws {
        guard count >= 0 else { throw ValidationError("N must not be negative.") }
        if panel && layouts != nil { throw ValidationError("--panel chooses each body's layout itself; leave out --layouts.") }
        _ = try chosenLayouts()
    }

    /// The layouts `--layouts` names, nil without it; an unknown or empty name is a usage error.
    func chosenLayouts() throws -> [Layout]? {
        guard let layouts else { return nil }
        return try layouts.split(separator: ",", omittingEmptySubsequences: false).map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let layout = Layout(rawValue: trimmed) else {
                throw ValidationError("unknown layout '\(trimmed)'; one of \(Layout.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return layout
        }
    }

    func run() throws {
        do {
            let files = try writeCorpus(count: count, to: URL(fileURLWithPath: directory), seed: seed,
                                        layouts: try chosenLayouts(), panel: panel)
            StandardStreams.writeError("wrote \(files.count) \(files.count == 1 ? "report" : "reports") to \(directory)\n")
        } catch {
            StandardStreams.writeError("gongkai generate: cannot write to \(directory): \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.failure)
        }
    }
}
