import ArgumentParser
import ReportIngest
import ReportModel
import ReportOutput

/// `gongkai records [PATH…]`: every loaded record as one JSON object per line, keys exactly the
/// catalog's field names (fields.md), nulls as null — so extraction can be checked from outside.
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Print every record as JSON Lines (one object per report, every field, nulls as null)."
    )

    @Argument(help: "Report files or folders to load (default: corpus/).")
    var paths: [String] = ["corpus/"]

    func run() throws {
        let (corpus, summary) = CorpusLoader.loadWithSummary(paths: paths)
        for line in summary.diagnosticLines { StandardStreams.writeError(line + "\n") }
        StandardStreams.writeError(summary.line + "\n")
        let fields = FieldCatalog.standard.fields
        let result = ResultSet(
            columns: fields.map { ResultColumn(name: $0.name, type: $0.type) },
            rows: corpus.records.map { $0.values }
        )
        StandardStreams.writeOutput(JSONLinesRenderer().render(result, options: RenderOptions()))
        if corpus.records.isEmpty { throw ExitCode(ExitStatus.failure) }
    }
}
