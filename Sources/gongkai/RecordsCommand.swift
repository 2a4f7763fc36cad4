import ArgumentParser

/// `gongkai records [PATH…]`: every loaded record as one JSON object per line.
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Print every record as JSON Lines."
    )

    @Argument(help: "Report files or folders to load.")
    var paths: [String] = ["corpus/"]

    func run() throws {
        StandardStreams.writeError("gongkai records: not yet available\n")
        throw ExitCode(ExitStatus.failure)
    }
}
