import ArgumentParser

/// `gongkai generate N DIR [--seed S]`: writes N synthetic reports into DIR.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic reports (deterministic for a given seed)."
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
        StandardStreams.writeError("gongkai generate: not yet available\n")
        throw ExitCode(ExitStatus.failure)
    }
}
