import ReportModel

/// What a shell prints after loading: one line — "loaded 5 reports from corpus (2 with tables as images,
/// 0 skipped) in 9 ms" — and one line per diagnostic, "gongkai: FILE: MESSAGE". A report counts "with
/// tables as images" when any of `tables.*` is `image`.
public struct LoadSummary: Sendable, Hashable {
    public var reports: Int
    public var withTablesAsImages: Int
    public var skipped: Int
    public var milliseconds: Int
    /// The paths loaded, as the line names them: the one path given (trailing slashes removed), or "N paths".
    public var source: String
    public var diagnostics: [LoadDiagnostic]

    static let tableFields = ["tables.proactive", "tables.requests", "tables.review"]
        .map { FieldCatalog.standard.id($0) }

    public init(corpus: Corpus, elapsedMilliseconds: Double) {
        reports = corpus.recordCount
        withTablesAsImages = corpus.knownTablesAsImages ?? LoadSummary.tablesAsImages(corpus.records)
        skipped = corpus.diagnostics.filter { $0.severity == .skipped }.count
        milliseconds = Int(elapsedMilliseconds.rounded())
        diagnostics = corpus.diagnostics
        if corpus.paths.count == 1, let path = corpus.paths.first {
            var trimmed = Substring(path)
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            source = String(trimmed)
        } else {
            source = "\(corpus.paths.count) paths"
        }
    }

    /// How many of `records` have any of `tables.*` as `image`.
    static func tablesAsImages(_ records: [ReportRecord]) -> Int {
        records.filter { record in LoadSummary.tableFields.contains { record[$0].textValue == "image" } }.count
    }

    /// "loaded 5 reports from corpus (2 with tables as images, 0 skipped) in 9 ms".
    public var line: String {
        let noun = reports == 1 ? "report" : "reports"
        return "loaded \(reports) \(noun) from \(source) (\(withTablesAsImages) with tables as images, "
            + "\(skipped) skipped) in \(milliseconds) ms"
    }

    /// One line per diagnostic: "gongkai: FILE: MESSAGE".
    public var diagnosticLines: [String] {
        diagnostics.map { "gongkai: \($0.file): \($0.message)" }
    }
}
