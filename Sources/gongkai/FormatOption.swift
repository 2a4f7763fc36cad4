import ArgumentParser
import ReportOutput

/// The values of `--format` (the line mode is for `.format` in the shell only).
enum FormatOption: String, CaseIterable, ExpressibleByArgument {
    case table, box, csv, tsv, json, jsonl, markdown

    var outputFormat: OutputFormat { OutputFormat(rawValue: rawValue)! }
}
