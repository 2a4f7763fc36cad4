import ArgumentParser
import FileAccess
import Foundation
import ReportIngest
import ReportModel
import ReportOutput
import ReportShell

/// `gongkai records [PATH…] [--format F] [--output PATH] [--sources]`: every loaded record, every
/// field, keys exactly the catalog's field names (fields.md), nulls as null — JSON Lines on standard
/// output by default, so extraction can be checked from outside; CSV, Parquet or SQLite to a file.
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Print or write every record (one per report, every field, nulls as null).",
        discussion: """
            Formats: jsonl (default, one JSON object per line), csv, parquet, sqlite (a table 'reports';
            with --sources also 'sources' and 'warnings'). Without --format the extension of --output
            picks it (.jsonl .csv .parquet .sqlite .db). parquet and sqlite need --output. The file is
            written whole (a temporary file renamed into place), never into a loaded corpus folder.
            --sources follows every field with source(FIELD): 'FILE:LINE (ORIGIN)', as source() gives it.
            Example, per shard of a national corpus:
              gongkai records reports/2023/anhui --output anhui-2023.parquet
            """
    )

    @Argument(help: "Report files or folders to load (default: corpus/).")
    var paths: [String] = ["corpus/"]

    @Option(help: "jsonl, csv, parquet or sqlite (default: from --output's extension, else jsonl).")
    var format: String?

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Include where each value was read (FILE:LINE) after each field.")
    var sources = false

    func run() throws {
        if let format, !Session.recordFormats.contains(format.lowercased()) && format.lowercased() != "ndjson" {
            throw ValidationError("unknown format '\(format)'; one of \(Session.recordFormats.joined(separator: ", "))")
        }
        var configuration = SessionConfiguration(paths: paths)
        configuration.journal = TemporaryJournal.location(environment: ProcessInfo.processInfo.environment)
        let session = Session(configuration: configuration,
                              output: SessionOutput(standard: StandardStreams.writeOutput, error: StandardStreams.writeError,
                                                    standardBytes: StandardStreams.writeOutputBytes))
        let status = session.writeRecords(format: format, output: output, sources: sources)
        if status != .success { throw ExitCode(status.exitCode) }
        if session.corpus.records.isEmpty { throw ExitCode(ExitStatus.failure) }
    }
}
