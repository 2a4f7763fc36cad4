import ArgumentParser

/// How results are printed (`--format`).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, tsv, json, jsonl, markdown
}
