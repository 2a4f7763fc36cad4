import ReportModel

/// A synthetic table as printed: rows in order, and how many cells a full-width row has (label included).
struct SynthTable: Sendable {
    var rows: [SynthRow]
    var width: Int
}
